package th.go.moph.dho.eservice;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

import th.go.moph.dho.thai.ThaiDateInput;
import th.go.moph.dho.thai.ThaiDates;

/**
 * Staff open appointment slots (date, time, place, capacity) for the appointment services
 * they handle (admins for any that is not confidential), close them to new bookings, and
 * see who booked.
 */
@Controller
@RequestMapping("/staff/eservice/slots")
@PreAuthorize("hasAnyRole('ESERVICE','INTEGRITY','APPROVER','ADMIN')")
class SlotStaffController {

	static final String LIST_VIEW = "staff/eservice/slots";

	static final String SLOT_VIEW = "staff/eservice/slot";

	/** The form to open a slot, as typed. */
	record SlotForm(@Nullable String date, @Nullable String start, @Nullable String end, @Nullable String placeTh,
			@Nullable String capacity) {

		static SlotForm empty() {
			return new SlotForm("", "09:00", "12:00", "", "10");
		}

	}

	private final AppointmentSlots slots;

	private final EserviceInbox inbox;

	private final MessageSource messages;

	private final Clock clock;

	SlotStaffController(AppointmentSlots slots, EserviceInbox inbox, MessageSource messages, Clock clock) {
		this.slots = slots;
		this.inbox = inbox;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(name = "type", required = false) @Nullable String type, Principal principal,
			Model model) {
		return show(type, principal.getName(), model, SlotForm.empty(), Map.of());
	}

	@PostMapping
	String open(@RequestParam(name = "type") String type, @ModelAttribute("slotForm") SlotForm form,
			Principal principal, Model model, Locale locale, RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		LocalDate date = parse(form.date(), "date", problems, locale, ThaiDateInput::parse);
		LocalTime start = parse(form.start(), "start", problems, locale, LocalTime::parse);
		LocalTime end = parse(form.end(), "end", problems, locale, LocalTime::parse);
		Integer capacity = parse(form.capacity(), "capacity", problems, locale, Integer::valueOf);
		if (problems.isEmpty()) {
			try {
				this.slots.openSlot(type, java.util.Objects.requireNonNull(date),
						java.util.Objects.requireNonNull(start), java.util.Objects.requireNonNull(end),
						form.placeTh() == null ? "" : form.placeTh(), java.util.Objects.requireNonNull(capacity),
						principal.getName());
				redirect.addFlashAttribute("message", "eservice.staff.slot.opened");
				redirect.addAttribute("type", type);
				return "redirect:/staff/eservice/slots";
			}
			catch (InvalidSubmissionException ex) {
				for (Map.Entry<String, MessageSourceResolvable> problem : ex.fieldErrors().entrySet()) {
					problems.put(problem.getKey(), this.messages.getMessage(problem.getValue(), locale));
				}
			}
		}
		return show(type, principal.getName(), model, form, problems);
	}

	@PostMapping("/{id:\\d+}/close")
	String close(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		SlotView slot = this.slots.closeSlot(id, principal.getName());
		redirect.addFlashAttribute("message", "eservice.staff.slot.closed");
		redirect.addAttribute("type", slot.serviceCode());
		return "redirect:/staff/eservice/slots";
	}

	@GetMapping("/{id:\\d+}")
	String slot(@PathVariable long id, Principal principal, Model model) {
		SlotView slot = this.inbox.slot(principal.getName(), id).orElseThrow(RequestNotFoundException::new);
		model.addAttribute("slot", slot);
		model.addAttribute("bookings", this.inbox.bookings(principal.getName(), id));
		return SLOT_VIEW;
	}

	@ExceptionHandler({ RequestNotFoundException.class, NotPermittedException.class, ServiceNotFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return EserviceStaffController.NOT_FOUND_VIEW;
	}

	private String show(@Nullable String type, String actor, Model model, SlotForm form, Map<String, String> problems) {
		List<ServiceTypeView> types = this.inbox.slotTypes(actor);
		ServiceTypeView chosen = types.stream()
			.filter(t -> type == null || t.code().equals(type))
			.findFirst()
			.orElse(null);
		if (type != null && chosen == null) {
			throw new ServiceNotFoundException(type);
		}
		model.addAttribute("types", types);
		model.addAttribute("chosen", chosen);
		model.addAttribute("slotForm", form);
		model.addAttribute("problems", problems);
		if (chosen != null) {
			model.addAttribute("slots",
					this.slots.upcoming(chosen.code(), ThaiDates.toLocal(this.clock.instant()).toLocalDate()));
		}
		return LIST_VIEW;
	}

	private <T> @Nullable T parse(@Nullable String value, String key, Map<String, String> problems, Locale locale,
			java.util.function.Function<String, T> parser) {
		try {
			return parser.apply(value == null ? "" : value.strip());
		}
		// InvalidThaiDateException and NumberFormatException are
		// IllegalArgumentExceptions
		catch (DateTimeParseException | IllegalArgumentException ex) {
			problems.put(key, this.messages.getMessage("eservice.staff.slot.error." + key + "Format", null, locale));
			return null;
		}
	}

}
