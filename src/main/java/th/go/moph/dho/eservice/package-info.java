/**
 * Citizens' e-services (category 8): service types, requests with tracking numbers and
 * status history, appointments, the staff inbox and the API used by the LIFF app.
 */
@org.jspecify.annotations.NullMarked
package th.go.moph.dho.eservice;
