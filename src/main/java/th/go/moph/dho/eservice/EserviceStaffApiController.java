package th.go.moph.dho.eservice;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff scripts change a request's status over JSON (HTTP Basic with a staff account, see
 * {@code staff.SecurityConfiguration}): the same rules and events as the staff page.
 * {@code POST /api/staff/eservice/requests/{trackingNumber}/status} with
 * {@code {"status": "IN_PROGRESS", "citizenMessage": "…", "internalNote": "…"}} answers
 * {@code {"trackingNumber", "status"}}; errors are {@code {"error": "<Thai>"}} (plus
 * {@code fieldErrors} on 400), 404 for a request the caller does not handle, 409 for a
 * transition the table does not allow.
 */
@RestController
@RequestMapping("/api/staff/eservice")
@PreAuthorize("hasAnyRole('ESERVICE','INTEGRITY','APPROVER')")
class EserviceStaffApiController {

	record StatusChange(@Nullable String status, @Nullable String citizenMessage, @Nullable String internalNote) {
	}

	record StatusChanged(String trackingNumber, RequestStatus status) {
	}

	private final EserviceRequests requests;

	private final MessageSource messages;

	EserviceStaffApiController(EserviceRequests requests, MessageSource messages) {
		this.requests = requests;
		this.messages = messages;
	}

	@PostMapping("/requests/{trackingNumber}/status")
	StatusChanged changeStatus(@PathVariable String trackingNumber, @RequestBody StatusChange change,
			Principal principal) {
		long id = this.requests.idOf(trackingNumber).orElseThrow(RequestNotFoundException::new);
		RequestStatus status;
		try {
			status = RequestStatus.valueOf(change.status() == null ? "" : change.status().strip());
		}
		catch (IllegalArgumentException ex) {
			Map<String, org.springframework.context.MessageSourceResolvable> problems = new LinkedHashMap<>();
			problems.put("status", new org.springframework.context.support.DefaultMessageSourceResolvable(
					new String[] { "eservice.staff.error.chooseStatus" }, null, null));
			throw new InvalidSubmissionException(problems);
		}
		StaffRequestView view = this.requests.changeStatus(id, status, change.citizenMessage(), change.internalNote(),
				principal.getName());
		return new StatusChanged(view.trackingNumber(), view.status());
	}

	@ExceptionHandler({ RequestNotFoundException.class, NotPermittedException.class })
	ResponseEntity<Map<String, Object>> notFound(EserviceException ex, Locale locale) {
		return error(HttpStatus.NOT_FOUND, new RequestNotFoundException(), locale);
	}

	@ExceptionHandler(TransitionNotAllowedException.class)
	ResponseEntity<Map<String, Object>> conflict(TransitionNotAllowedException ex, Locale locale) {
		return error(HttpStatus.CONFLICT, ex, locale);
	}

	@ExceptionHandler(InvalidSubmissionException.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidSubmissionException ex, Locale locale) {
		ResponseEntity<Map<String, Object>> response = error(HttpStatus.BAD_REQUEST, ex, locale);
		Map<String, String> fields = new LinkedHashMap<>();
		ex.fieldErrors().forEach((key, message) -> fields.put(key, this.messages.getMessage(message, locale)));
		java.util.Objects.requireNonNull(response.getBody()).put("fieldErrors", fields);
		return response;
	}

	private ResponseEntity<Map<String, Object>> error(HttpStatus status, EserviceException ex, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", this.messages.getMessage(ex, locale));
		return ResponseEntity.status(status).body(body);
	}

}
