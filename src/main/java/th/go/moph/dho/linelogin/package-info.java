/**
 * Who a citizen is, from the LINE Login ID token that the LIFF app sends: verified by
 * LINE's verify endpoint (or the local simulator's stand-in), never taken from the page.
 */
@org.jspecify.annotations.NullMarked
package th.go.moph.dho.linelogin;
