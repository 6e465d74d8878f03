package th.go.moph.dho.eservice;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.moph.dho.eservice.RequestActionForms.AssignForm;
import th.go.moph.dho.eservice.RequestActionForms.ForwardForm;
import th.go.moph.dho.eservice.RequestActionForms.NoteForm;
import th.go.moph.dho.eservice.RequestActionForms.StatusForm;
import th.go.moph.dho.staff.StaffAccounts;

/**
 * The staff inbox of citizens' requests ({@code /staff/eservice}): the requests of the
 * service types the signed-in person handles with filters, one request with its answers,
 * files and history, and the actions on it (status with a message to the citizen,
 * forward, assign, internal note), plus an A4 print page. Confidential requests
 * (corruption reports) exist here only for staff with the integrity role: for anyone else
 * they are not found, and every opening by those who may is recorded by
 * {@link EserviceRequests#viewForStaff}.
 */
@Controller
@RequestMapping("/staff/eservice")
@PreAuthorize("hasAnyRole('ESERVICE','INTEGRITY','APPROVER')")
class EserviceStaffController {

	static final String INBOX_VIEW = "staff/eservice/inbox";

	static final String REQUEST_VIEW = "staff/eservice/request";

	static final String PRINT_VIEW = "staff/eservice/print";

	static final String NOT_FOUND_VIEW = "staff/eservice/not-found";

	private final EserviceRequests requests;

	private final EserviceInbox inbox;

	private final StaffAccounts accounts;

	private final MessageSource messages;

	EserviceStaffController(EserviceRequests requests, EserviceInbox inbox, StaffAccounts accounts,
			MessageSource messages) {
		this.requests = requests;
		this.inbox = inbox;
		this.accounts = accounts;
		this.messages = messages;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String inbox(@RequestParam(name = "type", required = false) @Nullable String type,
			@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "open", defaultValue = "false") boolean open,
			@RequestParam(name = "overdue", defaultValue = "false") boolean overdue,
			@RequestParam(name = "assignee", required = false) @Nullable String assignee,
			@RequestParam(name = "q", required = false) @Nullable String number, Principal principal, Model model) {
		String actor = principal.getName();
		String code = blankToNull(type);
		if (code != null && !this.inbox.handles(actor, code)) {
			// a type this person does not handle (a confidential one) does not exist for
			// them
			throw new RequestNotFoundException();
		}
		RequestStatus wanted = parseStatus(status);
		String who = "me".equals(assignee) ? actor : blankToNull(assignee);
		EserviceInbox.Filter filter = new EserviceInbox.Filter(code, wanted, open, overdue, who, blankToNull(number));
		EserviceInbox.Page page = this.inbox.find(actor, filter);
		model.addAttribute("page", page);
		model.addAttribute("filter", filter);
		model.addAttribute("assigneeParam", assignee == null ? "" : assignee);
		model.addAttribute("counts", this.inbox.counts(actor));
		model.addAttribute("types", this.inbox.handledTypes(actor));
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("names", names(page.rows().stream().map(StaffRequestRow::assignedTo).toList()));
		return INBOX_VIEW;
	}

	/** Staff who type a tracking number go straight to the request. */
	@GetMapping("/find")
	String find(@RequestParam(name = "q", defaultValue = "") String number, Principal principal,
			RedirectAttributes redirect) {
		EserviceInbox.Page page = this.inbox.find(principal.getName(),
				new EserviceInbox.Filter(null, null, false, false, null, blankToNull(number)));
		if (page.rows().size() == 1) {
			return "redirect:/staff/eservice/requests/" + page.rows().get(0).id();
		}
		redirect.addAttribute("q", number);
		return "redirect:/staff/eservice";
	}

	@GetMapping("/requests/{id:\\d+}")
	String request(@PathVariable long id, Principal principal, Model model) {
		return show(id, principal.getName(), model, null);
	}

	@GetMapping("/requests/{id:\\d+}/print")
	String print(@PathVariable long id, Principal principal, Model model) {
		StaffRequestView view = this.requests.viewForStaff(id, principal.getName());
		model.addAttribute("request", view);
		model.addAttribute("names", names(actorsOf(view)));
		return PRINT_VIEW;
	}

	@GetMapping("/requests/{id:\\d+}/files/{fileId:\\d+}")
	ResponseEntity<org.springframework.core.io.Resource> file(@PathVariable long id, @PathVariable long fileId,
			Principal principal) {
		StaffFile file = this.requests.attachmentForStaff(id, fileId, principal.getName());
		// always a download: a citizen's file is never rendered inside the staff pages
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(file.sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/requests/{id:\\d+}/status")
	String changeStatus(@PathVariable long id, @ModelAttribute("statusForm") StatusForm form, Principal principal,
			Model model, Locale locale, RedirectAttributes redirect) {
		RequestStatus target = parseStatus(form.status());
		if (target == null) {
			BindingResult errors = new BeanPropertyBindingResult(form, "statusForm");
			errors.rejectValue("status", "eservice.staff.error.chooseStatus");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "statusForm", errors);
			return show(id, principal.getName(), model, "status");
		}
		try {
			this.requests.changeStatus(id, target, form.citizenMessage(), form.internalNote(), principal.getName());
		}
		catch (TransitionNotAllowedException ex) {
			model.addAttribute("errorText", this.messages.getMessage(ex, locale));
			return show(id, principal.getName(), model, "status");
		}
		catch (InvalidSubmissionException ex) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "statusForm", errors(form, "statusForm", ex));
			return show(id, principal.getName(), model, "status");
		}
		redirect.addFlashAttribute("message", "eservice.staff.statusChanged");
		return redirectTo(id);
	}

	@PostMapping("/requests/{id:\\d+}/forward")
	String forward(@PathVariable long id, @ModelAttribute("forwardForm") ForwardForm form, Principal principal,
			Model model, Locale locale, RedirectAttributes redirect) {
		try {
			this.requests.forward(id, Objects.requireNonNullElse(form.agency(), ""), form.citizenMessage(),
					principal.getName());
		}
		catch (TransitionNotAllowedException ex) {
			model.addAttribute("errorText", this.messages.getMessage(ex, locale));
			return show(id, principal.getName(), model, "forward");
		}
		catch (InvalidSubmissionException ex) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "forwardForm", errors(form, "forwardForm", ex));
			return show(id, principal.getName(), model, "forward");
		}
		redirect.addFlashAttribute("message", "eservice.staff.forwarded");
		return redirectTo(id);
	}

	@PostMapping("/requests/{id:\\d+}/assign")
	String assign(@PathVariable long id, @ModelAttribute("assignForm") AssignForm form, Principal principal,
			Model model, RedirectAttributes redirect) {
		try {
			this.requests.assign(id, form.assignee(), principal.getName());
		}
		catch (InvalidSubmissionException ex) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "assignForm", errors(form, "assignForm", ex));
			return show(id, principal.getName(), model, "assign");
		}
		redirect.addFlashAttribute("message", "eservice.staff.assigned");
		return redirectTo(id);
	}

	@PostMapping("/requests/{id:\\d+}/notes")
	String addNote(@PathVariable long id, @ModelAttribute("noteForm") NoteForm form, Principal principal, Model model,
			RedirectAttributes redirect) {
		try {
			this.requests.addInternalNote(id, Objects.requireNonNullElse(form.internalNote(), ""), principal.getName());
		}
		catch (InvalidSubmissionException ex) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "noteForm", errors(form, "noteForm", ex));
			return show(id, principal.getName(), model, "note");
		}
		redirect.addFlashAttribute("message", "eservice.staff.noteAdded");
		return redirectTo(id);
	}

	/**
	 * Not there, or not for this person (a corruption report without the integrity role).
	 */
	@ExceptionHandler({ RequestNotFoundException.class, NotPermittedException.class, ServiceNotFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return NOT_FOUND_VIEW;
	}

	/**
	 * The request page; a form sent back with problems keeps what was typed, and
	 * {@code openForm} says which one to show open.
	 */
	private String show(long id, String actor, Model model, @Nullable String openForm) {
		StaffRequestView view = this.requests.viewForStaff(id, actor);
		model.addAttribute("request", view);
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", StatusForm.empty());
		}
		if (!model.containsAttribute("forwardForm")) {
			model.addAttribute("forwardForm", ForwardForm.empty());
		}
		if (!model.containsAttribute("assignForm")) {
			model.addAttribute("assignForm", new AssignForm(view.assignedTo()));
		}
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", NoteForm.empty());
		}
		model.addAttribute("openForm", openForm);
		model.addAttribute("assignees", this.inbox.assignees(view.serviceCode()));
		model.addAttribute("names", names(actorsOf(view)));
		model.addAttribute("canForward", view.allowedNext().contains(RequestStatus.FORWARDED));
		model.addAttribute("nextStatuses",
				view.allowedNext().stream().filter(s -> s != RequestStatus.FORWARDED).sorted().toList());
		model.addAttribute("needsMessage",
				java.util.Arrays.stream(RequestStatus.values())
					.filter(RequestTransitions::needsCitizenMessage)
					.map(Enum::name)
					.toList());
		if (view.confidential()) {
			model.addAttribute("viewAudit", this.requests.viewAudit(id, actor));
		}
		return REQUEST_VIEW;
	}

	private static List<String> actorsOf(StaffRequestView view) {
		List<String> actors = new java.util.ArrayList<>(
				view.history().stream().map(StaffRequestView.HistoryEntry::actor).toList());
		view.history()
			.stream()
			.map(StaffRequestView.HistoryEntry::subject)
			.filter(Objects::nonNull)
			.forEach(actors::add);
		if (view.assignedTo() != null) {
			actors.add(view.assignedTo());
		}
		return actors;
	}

	/**
	 * Display names of login names (unknown ones, e.g. {@code citizen}, stay as they
	 * are).
	 */
	private Map<String, String> names(List<@Nullable String> usernames) {
		Map<String, String> names = new HashMap<>();
		for (String username : usernames) {
			if (username != null && !names.containsKey(username)) {
				names.put(username, this.accounts.displayName(username));
			}
		}
		return names;
	}

	/**
	 * The service's problems on the form's fields; those of no field on the form as a
	 * whole.
	 */
	private static BindingResult errors(Object form, String name, InvalidSubmissionException ex) {
		BindingResult errors = new BeanPropertyBindingResult(form, name);
		for (Map.Entry<String, MessageSourceResolvable> problem : ex.fieldErrors().entrySet()) {
			MessageSourceResolvable message = problem.getValue();
			String code = Objects.requireNonNull(message.getCodes())[0];
			Object[] args = message.getArguments();
			if (hasComponent(form, problem.getKey())) {
				errors.rejectValue(problem.getKey(), code, args, null);
			}
			else {
				errors.reject(code, args, null);
			}
		}
		return errors;
	}

	private static boolean hasComponent(Object form, String name) {
		return form.getClass().isRecord() && java.util.Arrays.stream(form.getClass().getRecordComponents())
			.anyMatch(c -> c.getName().equals(name));
	}

	private static @Nullable RequestStatus parseStatus(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return RequestStatus.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String redirectTo(long id) {
		return "redirect:/staff/eservice/requests/" + id;
	}

}
