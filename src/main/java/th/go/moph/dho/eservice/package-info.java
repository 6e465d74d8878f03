/**
 * Citizens' e-services (category 8): service types as data, requests with gap-free
 * tracking numbers and status history, appointments, the JSON API used by the LIFF app
 * and the web forms. Others hear of changes through
 * {@link th.go.moph.dho.eservice.RequestStatusChanged} and read a LINE user's requests
 * through {@link th.go.moph.dho.eservice.CitizenRequests}.
 */
@org.jspecify.annotations.NullMarked
package th.go.moph.dho.eservice;
