package th.go.moph.dho.eservice;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The e-services on the website (category 8), for citizens without LINE: the list of
 * services, a form per service, the confirmation with tracking number and access code
 * (shown once), and the tracking page (number + code) with the timeline, adding
 * information and withdrawing. A pair that opened a request is remembered in the session
 * only, so the code never appears in a URL.
 */
@Controller
class EserviceController {

	static final String SERVICES = "/e-services/forms";

	static final String TRACK = "/e-services/track";

	static final String VIEW_SERVICES = "eservice/services";

	static final String VIEW_FORM = "eservice/form";

	static final String VIEW_SUBMITTED = "eservice/submitted";

	static final String VIEW_TRACK = "eservice/track";

	static final String VIEW_REQUEST = "eservice/request";

	static final String SESSION_KEYS = EserviceController.class.getName() + ".opened";

	private final ServiceTypes types;

	private final AppointmentSlots slots;

	private final EserviceRequests requests;

	private final EserviceGuard guard;

	private final EserviceSettings settings;

	private final MessageSource messages;

	EserviceController(ServiceTypes types, AppointmentSlots slots, EserviceRequests requests, EserviceGuard guard,
			EserviceSettings settings, MessageSource messages) {
		this.types = types;
		this.slots = slots;
		this.requests = requests;
		this.guard = guard;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping(SERVICES)
	String services(Model model) {
		model.addAttribute("services", this.types.active());
		return VIEW_SERVICES;
	}

	@GetMapping(SERVICES + "/{code}")
	String form(@PathVariable String code, Model model) {
		ServiceTypeView service = this.types.find(code).orElseThrow(() -> new ServiceNotFoundException(code));
		formModel(model, service, Map.of(), Map.of(), false, null);
		return VIEW_FORM;
	}

	@PostMapping(SERVICES + "/{code}")
	String submit(@PathVariable String code, MultipartHttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		ServiceTypeView service = this.types.find(code).orElseThrow(() -> new ServiceNotFoundException(code));
		Map<String, String> answers = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (name.startsWith(EserviceApiController.FIELD_PREFIX) && values.length > 0) {
				answers.put(name.substring(EserviceApiController.FIELD_PREFIX.length()), values[0]);
			}
		});
		boolean anonymous = "true".equals(request.getParameter("anonymous"));
		Long slotId = parseLong(request.getParameter("slotId"));
		String website = request.getParameter("website");
		if (website != null && !website.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			formModel(model, service, answers, Map.of(), anonymous, slotId);
			model.addAttribute("globalError", text("eservice.web.error.rejected", locale));
			return VIEW_FORM;
		}
		String client = request.getRemoteAddr();
		if (this.guard.submissionsBlocked(client)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			formModel(model, service, answers, Map.of(), anonymous, slotId);
			model.addAttribute("globalError", text("eservice.error.tooManySubmissions", locale));
			return VIEW_FORM;
		}
		Map<String, List<Upload>> files = new HashMap<>();
		request.getMultiFileMap().forEach((name, parts) -> {
			if (name.startsWith(EserviceApiController.FILE_PREFIX)) {
				files.put(name.substring(EserviceApiController.FILE_PREFIX.length()),
						parts.stream().filter(p -> !isBlankPart(p)).map(EserviceApiController::upload).toList());
			}
		});
		SubmissionReceipt receipt;
		try {
			receipt = this.requests.submit(Submission.viaWeb(code, answers, files, slotId, anonymous));
		}
		catch (InvalidSubmissionException ex) {
			formModel(model, service, answers, resolve(ex.fieldErrors(), locale), anonymous, slotId);
			return VIEW_FORM;
		}
		catch (SlotFullException ex) {
			formModel(model, service, answers, Map.of("slotId", text(ex, locale)), anonymous, null);
			return VIEW_FORM;
		}
		this.guard.submitted(client);
		if (receipt.accessCode() != null) {
			remember(request.getSession(), receipt.trackingNumber(), receipt.accessCode());
		}
		redirect.addFlashAttribute("receipt", receipt);
		redirect.addFlashAttribute("service", service);
		return "redirect:" + SERVICES + "/" + code + "/submitted";
	}

	@GetMapping(SERVICES + "/{code}/submitted")
	String submitted(@PathVariable String code, Model model) {
		if (!model.containsAttribute("receipt")) {
			// the code is shown once only: a reload or a shared link goes to tracking
			return "redirect:" + TRACK;
		}
		return VIEW_SUBMITTED;
	}

	@GetMapping(TRACK)
	String track(@RequestParam(name = "number", required = false) @Nullable String number, Model model) {
		model.addAttribute("number", number == null ? "" : number);
		return VIEW_TRACK;
	}

	@PostMapping(TRACK)
	String open(@RequestParam(name = "number", defaultValue = "") String number,
			@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		String client = request.getRemoteAddr();
		model.addAttribute("number", number);
		if (this.guard.trackingBlocked(client)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("globalError", text("eservice.error.tooManyAttempts", locale));
			return VIEW_TRACK;
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (number.isBlank()) {
			errors.put("number", text("eservice.web.track.numberRequired", locale));
		}
		if (code.isBlank()) {
			errors.put("code", text("eservice.web.track.codeRequired", locale));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("errors", errors);
			return VIEW_TRACK;
		}
		var found = this.requests.forCitizen(CitizenKey.accessCode(number, code));
		if (found.isEmpty()) {
			this.guard.trackingFailed(client);
			model.addAttribute("globalError", text("eservice.error.notFound", locale));
			return VIEW_TRACK;
		}
		remember(request.getSession(), found.get().trackingNumber(), code);
		return "redirect:" + TRACK + "/" + found.get().trackingNumber();
	}

	@GetMapping(TRACK + "/{number}")
	String request(@PathVariable String number, HttpSession session, Model model) {
		String code = remembered(session, number);
		if (code == null) {
			return "redirect:" + TRACK + "?number=" + TrackingNumbers.normalise(number);
		}
		var view = this.requests.forCitizen(CitizenKey.accessCode(number, code));
		if (view.isEmpty()) {
			return "redirect:" + TRACK + "?number=" + TrackingNumbers.normalise(number);
		}
		requestModel(model, view.get(), Map.of());
		return VIEW_REQUEST;
	}

	@PostMapping(TRACK + "/{number}/information")
	String addInformation(@PathVariable String number, MultipartHttpServletRequest request, Model model,
			RedirectAttributes redirect, Locale locale) {
		String code = remembered(request.getSession(), number);
		if (code == null) {
			return "redirect:" + TRACK + "?number=" + TrackingNumbers.normalise(number);
		}
		MultipartFile file = request.getFile("file");
		String text = request.getParameter("text");
		try {
			this.requests.addInformation(CitizenKey.accessCode(number, code), text,
					file == null || isBlankPart(file) ? null : EserviceApiController.upload(file));
		}
		catch (InvalidSubmissionException ex) {
			CitizenRequestView view = this.requests.forCitizen(CitizenKey.accessCode(number, code))
				.orElseThrow(RequestNotFoundException::new);
			requestModel(model, view, resolve(ex.fieldErrors(), locale));
			model.addAttribute("informationText", text == null ? "" : text);
			return VIEW_REQUEST;
		}
		redirect.addFlashAttribute("notice", text("eservice.web.request.added", locale));
		return "redirect:" + TRACK + "/" + TrackingNumbers.normalise(number);
	}

	@PostMapping(TRACK + "/{number}/withdraw")
	String withdraw(@PathVariable String number,
			@RequestParam(name = "reason", required = false) @Nullable String reason, HttpSession session, Model model,
			RedirectAttributes redirect, Locale locale) {
		String code = remembered(session, number);
		if (code == null) {
			return "redirect:" + TRACK + "?number=" + TrackingNumbers.normalise(number);
		}
		try {
			this.requests.withdraw(CitizenKey.accessCode(number, code), reason);
		}
		catch (InvalidSubmissionException ex) {
			CitizenRequestView view = this.requests.forCitizen(CitizenKey.accessCode(number, code))
				.orElseThrow(RequestNotFoundException::new);
			requestModel(model, view, resolve(ex.fieldErrors(), locale));
			return VIEW_REQUEST;
		}
		redirect.addFlashAttribute("notice", text("eservice.web.request.withdrawn", locale));
		return "redirect:" + TRACK + "/" + TrackingNumbers.normalise(number);
	}

	// ------------------------------------------------------------------ errors

	@ExceptionHandler({ ServiceNotFoundException.class, RequestNotFoundException.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

	@ExceptionHandler({ RequestClosedException.class, OptimisticLockingFailureException.class })
	String closed(RuntimeException ex, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		String code = ex instanceof RequestClosedException closed ? closed.getMessageKey()
				: "eservice.error.concurrent";
		redirect.addFlashAttribute("globalError", text(code, locale));
		String path = request.getRequestURI();
		int end = path.lastIndexOf('/');
		return "redirect:" + (end > 0 ? path.substring(0, end) : TRACK);
	}

	// ------------------------------------------------------------------ helpers

	private void formModel(Model model, ServiceTypeView service, Map<String, String> values, Map<String, String> errors,
			boolean anonymous, @Nullable Long slotId) {
		model.addAttribute("service", service);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("anonymous", anonymous);
		model.addAttribute("slotId", slotId);
		model.addAttribute("slots", service.appointment() ? this.slots.bookable(service.code()) : List.of());
		model.addAttribute("maxFileMb", this.settings.maxFileSize().toMegabytes());
		model.addAttribute("maxFiles", this.settings.maxFilesPerField());
	}

	private void requestModel(Model model, CitizenRequestView view, Map<String, String> errors) {
		model.addAttribute("request", view);
		model.addAttribute("answers",
				view.answers()
					.stream()
					.map(a -> new EserviceApiController.AnswerJson(a.labelTh(), EserviceApiController.displayValue(a)))
					.toList());
		model.addAttribute("errors", errors);
		model.addAttribute("maxFileMb", this.settings.maxFileSize().toMegabytes());
	}

	private Map<String, String> resolve(Map<String, MessageSourceResolvable> problems, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach((key, problem) -> errors.put(key, this.messages.getMessage(problem, locale)));
		return errors;
	}

	private String text(String code, Locale locale) {
		return text(new DefaultMessageSourceResolvable(code), locale);
	}

	private String text(MessageSourceResolvable resolvable, Locale locale) {
		return this.messages.getMessage(resolvable, locale);
	}

	@SuppressWarnings("unchecked")
	private static void remember(HttpSession session, String trackingNumber, String code) {
		synchronized (session) {
			Map<String, String> opened = (Map<String, String>) session.getAttribute(SESSION_KEYS);
			Map<String, String> copy = opened == null ? new HashMap<>() : new HashMap<>(opened);
			copy.put(trackingNumber, code);
			session.setAttribute(SESSION_KEYS, copy);
		}
	}

	@SuppressWarnings("unchecked")
	private static @Nullable String remembered(HttpSession session, String number) {
		Map<String, String> opened = (Map<String, String>) session.getAttribute(SESSION_KEYS);
		return opened == null ? null : opened.get(TrackingNumbers.normalise(number));
	}

	private static boolean isBlankPart(MultipartFile part) {
		String name = part.getOriginalFilename();
		return part.isEmpty() && (name == null || name.isBlank());
	}

	private static @Nullable Long parseLong(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1L;
		}
	}

}
