/**
 * Staff accounts and roles (editor, approver, admin), login and the security
 * configuration of the whole site; the staff home.
 */
@org.jspecify.annotations.NullMarked
package th.go.moph.dho.staff;
