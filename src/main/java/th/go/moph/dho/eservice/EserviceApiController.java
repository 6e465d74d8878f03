package th.go.moph.dho.eservice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import th.go.moph.dho.linelogin.LineUser;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The JSON API of the LIFF app (LIFF-API.md, "Owned by eservice"): services and slots
 * (open), filing, my requests, adding information and withdrawing (bearer LINE ID token:
 * a {@link LineUser} parameter is verified by {@code linelogin} on every call, which
 * answers 401 itself; a user id sent by the page is never trusted). Errors are
 * {@code {"error": "<Thai>"}} plus {@code fieldErrors} on 400.
 */
@RestController
@RequestMapping(EserviceApiController.PATH)
class EserviceApiController {

	static final String PATH = "/api/eservice";

	static final String FIELD_PREFIX = "field.";

	static final String FILE_PREFIX = "file.";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final int MY_REQUESTS = 100;

	private final ServiceTypes types;

	private final AppointmentSlots slots;

	private final EserviceRequests requests;

	private final MessageSource messages;

	EserviceApiController(ServiceTypes types, AppointmentSlots slots, EserviceRequests requests,
			MessageSource messages) {
		this.types = types;
		this.slots = slots;
		this.requests = requests;
		this.messages = messages;
	}

	@GetMapping("/services")
	List<ServiceJson> services() {
		return this.types.active().stream().map(ServiceJson::of).toList();
	}

	@GetMapping("/services/{code}/slots")
	List<SlotJson> slots(@PathVariable String code) {
		return this.slots.bookable(code).stream().map(SlotJson::of).toList();
	}

	@PostMapping(path = "/requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ReceiptJson> submit(LineUser user, MultipartHttpServletRequest request) {
		String service = request.getParameter("service");
		if (service == null || service.isBlank()) {
			throw new ServiceNotFoundException("");
		}
		Map<String, String> answers = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith(FIELD_PREFIX) && values.length > 0) {
				answers.put(name.substring(FIELD_PREFIX.length()), values[0]);
			}
		});
		Map<String, List<Upload>> files = new HashMap<>();
		request.getMultiFileMap().forEach((name, parts) -> {
			if (name.startsWith(FILE_PREFIX)) {
				files.put(name.substring(FILE_PREFIX.length()),
						parts.stream().map(EserviceApiController::upload).toList());
			}
		});
		Long slotId = parseSlot(request.getParameter("slotId"));
		boolean anonymous = "true".equalsIgnoreCase(request.getParameter("anonymous"));
		SubmissionReceipt receipt = this.requests
			.submit(Submission.viaLine(user.userId(), service.strip(), answers, files, slotId, anonymous));
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ReceiptJson(receipt.trackingNumber(), receipt.accessCode(), receipt.status(),
					status(receipt.status()), receipt.targetDate(), shortDate(receipt.targetDate())));
	}

	@GetMapping("/my/requests")
	List<MyRequestJson> myRequests(LineUser user) {
		return this.requests.ofLineUser(user.userId(), MY_REQUESTS)
			.stream()
			.map(r -> new MyRequestJson(r.trackingNumber(), r.serviceNameTh(), r.status(), status(r.status()),
					r.submittedAt(), dateTime(r.submittedAt()), shortDate(r.targetDate()), r.overdue()))
			.toList();
	}

	@GetMapping("/my/requests/{trackingNumber}")
	DetailJson myRequest(@PathVariable String trackingNumber, LineUser user) {
		return this.requests.forCitizen(CitizenKey.lineUser(user.userId(), trackingNumber))
			.map(this::detail)
			.orElseThrow(RequestNotFoundException::new);
	}

	@PostMapping(path = "/my/requests/{trackingNumber}/information", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	DetailJson addInformation(@PathVariable String trackingNumber, LineUser user, MultipartHttpServletRequest request) {
		MultipartFile file = request.getFile("file");
		return detail(this.requests.addInformation(CitizenKey.lineUser(user.userId(), trackingNumber),
				request.getParameter("text"),
				file == null || file.isEmpty() && file.getOriginalFilename() == null ? null : upload(file)));
	}

	@PostMapping(path = "/my/requests/{trackingNumber}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
	DetailJson withdraw(@PathVariable String trackingNumber, LineUser user,
			@RequestBody(required = false) @Nullable WithdrawJson body) {
		return detail(this.requests.withdraw(CitizenKey.lineUser(user.userId(), trackingNumber),
				body == null ? null : body.reason()));
	}

	// ------------------------------------------------------------------ errors

	@org.springframework.web.bind.annotation.ExceptionHandler(InvalidSubmissionException.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidSubmissionException ex) {
		Map<String, String> fieldErrors = new LinkedHashMap<>();
		ex.fieldErrors().forEach((key, problem) -> fieldErrors.put(key, text(problem)));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", text(ex));
		body.put("fieldErrors", fieldErrors);
		return ResponseEntity.badRequest().body(body);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler({ ServiceNotFoundException.class,
			RequestNotFoundException.class })
	ResponseEntity<Map<String, Object>> notFound(EserviceException ex) {
		return error(HttpStatus.NOT_FOUND, ex);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler({ SlotFullException.class, RequestClosedException.class })
	ResponseEntity<Map<String, Object>> conflict(EserviceException ex) {
		return error(HttpStatus.CONFLICT, ex);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	ResponseEntity<Map<String, Object>> concurrent() {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Map.of("error", text(new DefaultMessageSourceResolvable("eservice.error.concurrent"))));
	}

	@org.springframework.web.bind.annotation.ExceptionHandler({
			org.springframework.http.converter.HttpMessageNotReadableException.class,
			org.springframework.web.HttpMediaTypeNotSupportedException.class,
			org.springframework.web.multipart.MultipartException.class })
	ResponseEntity<Map<String, Object>> unreadable() {
		return ResponseEntity.badRequest()
			.body(Map.of("error", text(new DefaultMessageSourceResolvable("eservice.api.unreadable"))));
	}

	private ResponseEntity<Map<String, Object>> error(HttpStatus status, EserviceException ex) {
		return ResponseEntity.status(status).body(Map.of("error", text(ex)));
	}

	// ------------------------------------------------------------------ helpers

	private DetailJson detail(CitizenRequestView v) {
		List<AnswerJson> answers = v.answers().stream().map(a -> new AnswerJson(a.labelTh(), displayValue(a))).toList();
		List<AttachmentJson> attachments = v.attachments().stream().map(AttachmentJson::new).toList();
		List<TimelineJson> timeline = new ArrayList<>();
		for (CitizenRequestView.TimelineEntry e : v.timeline()) {
			timeline.add(
					new TimelineJson(e.status(), status(e.status()), dateTime(e.at()),
							e.action() == HistoryAction.CITIZEN_INFORMATION && e.note() != null
									? text(new DefaultMessageSourceResolvable(
											new String[] { "eservice.timeline.youAdded" }, new Object[] { e.note() }))
									: e.note()));
		}
		return new DetailJson(v.trackingNumber(), v.serviceCode(), v.serviceNameTh(), v.status(), status(v.status()),
				dateTime(v.submittedAt()), shortDate(v.targetDate()), v.overdue(), answers, attachments, timeline,
				v.canAddInformation(), v.canWithdraw());
	}

	static String displayValue(CitizenRequestView.Answer a) {
		if (a.kind() == FieldKind.DATE) {
			try {
				return ThaiDates.formatDate(LocalDate.parse(a.value()), ThaiDates.THAI);
			}
			catch (java.time.format.DateTimeParseException ex) {
				return a.value();
			}
		}
		return a.value();
	}

	private String status(RequestStatus status) {
		return text(new DefaultMessageSourceResolvable("eservice.status." + status.name()));
	}

	private String text(MessageSourceResolvable resolvable) {
		return this.messages.getMessage(resolvable, ThaiDates.THAI);
	}

	private static @Nullable String shortDate(@Nullable LocalDate date) {
		return date == null ? null : ThaiDates.formatShortDate(date, ThaiDates.THAI);
	}

	private static String dateTime(Instant instant) {
		return ThaiDates.formatDateTime(instant, ThaiDates.THAI);
	}

	private static @Nullable Long parseSlot(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1L; // no such slot: answered as an invalid choice
		}
	}

	static Upload upload(MultipartFile file) {
		try {
			String name = file.getOriginalFilename();
			return new Upload(name == null ? "" : name, file.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ------------------------------------------------------------------ JSON shapes

	record FieldJson(String key, String labelTh, @Nullable String hintTh, FieldKind kind, boolean required,
			boolean personal, @Nullable Integer maxLength, List<String> choices) {
	}

	record ServiceJson(String code, String nameTh, String descriptionTh, int targetDays, boolean anonymousAllowed,
			boolean confidential, boolean appointment, List<FieldJson> fields) {

		static ServiceJson of(ServiceTypeView t) {
			return new ServiceJson(t.code(), t.nameTh(), t.descriptionTh(), t.targetDays(), t.anonymousAllowed(),
					t.confidential(), t.appointment(),
					t.fields()
						.stream()
						.map(f -> new FieldJson(f.key(), f.labelTh(), f.hintTh(), f.kind(), f.required(), f.personal(),
								f.maxLength(), f.choices()))
						.toList());
		}

	}

	record SlotJson(long id, LocalDate date, String dateTh, String start, String end, String placeTh, int remaining) {

		static SlotJson of(SlotView s) {
			return new SlotJson(s.id(), s.date(), ThaiDates.formatShortDate(s.date(), ThaiDates.THAI),
					s.start().format(TIME), s.end().format(TIME), s.placeTh(), s.remaining());
		}

	}

	record ReceiptJson(String trackingNumber, @Nullable String accessCode, RequestStatus status, String statusTh,
			@Nullable LocalDate targetDate, @Nullable String targetDateTh) {
	}

	record MyRequestJson(String trackingNumber, String serviceNameTh, RequestStatus status, String statusTh,
			Instant submittedAt, String submittedAtTh, @Nullable String targetDateTh, boolean overdue) {
	}

	record AnswerJson(String labelTh, String value) {
	}

	record AttachmentJson(String name) {
	}

	record TimelineJson(RequestStatus status, String statusTh, String atTh, @Nullable String note) {
	}

	record DetailJson(String trackingNumber, String serviceCode, String serviceNameTh, RequestStatus status,
			String statusTh, String submittedAtTh, @Nullable String targetDateTh, boolean overdue,
			List<AnswerJson> answers, List<AttachmentJson> attachments, List<TimelineJson> timeline,
			boolean canAddInformation, boolean canWithdraw) {
	}

	record WithdrawJson(@Nullable String reason) {
	}

}
