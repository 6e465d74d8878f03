/**
 * The office's LINE official account: webhook, signature check, inbound event store,
 * routing, message builders, rich menu, followers and outbound delivery.
 */
@org.jspecify.annotations.NullMarked
package th.go.moph.dho.line;
