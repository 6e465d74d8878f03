package th.go.moph.dho.eservice;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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

import th.go.moph.dho.staff.StaffRole;

/**
 * Staff with the admin role list, create and edit the service types citizens can file:
 * Thai name and description, the questions with their kind, whether each is required,
 * target days, anonymous filing, the handling role and confidentiality. Types are
 * switched off, never deleted (old requests name them).
 */
@Controller
@RequestMapping("/staff/eservice/types")
@PreAuthorize("hasRole('ADMIN')")
class ServiceTypeStaffController {

	static final String LIST_VIEW = "staff/eservice/types";

	static final String FORM_VIEW = "staff/eservice/type-form";

	private final ServiceTypes types;

	private final MessageSource messages;

	ServiceTypeStaffController(ServiceTypes types, MessageSource messages) {
		this.types = types;
		this.messages = messages;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("types", this.types.all());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		return form(model, ServiceTypeForm.empty(), false, Map.of());
	}

	@PostMapping("/new")
	String create(@ModelAttribute("form") ServiceTypeForm form,
			@RequestParam(name = "addField", required = false) @Nullable String addField, Principal principal,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (addField != null) {
			return form(model, form.withBlankRow(), false, Map.of());
		}
		if (this.types.byCode(ServiceTypeForm.text(form.code()).toLowerCase(Locale.ROOT)).isPresent()) {
			Map<String, String> problems = Map.of("code", text("eservice.staff.type.error.codeTaken", locale));
			return form(model, form, false, problems);
		}
		return save(form, false, principal, model, locale, redirect);
	}

	@GetMapping("/{code:[a-z0-9-]+}")
	String editForm(@PathVariable String code, Model model) {
		ServiceTypeView type = this.types.byCode(code).orElseThrow(() -> new ServiceNotFoundException(code));
		return form(model, ServiceTypeForm.of(type), true, Map.of());
	}

	@PostMapping("/{code:[a-z0-9-]+}")
	String update(@PathVariable String code, @ModelAttribute("form") ServiceTypeForm form,
			@RequestParam(name = "addField", required = false) @Nullable String addField, Principal principal,
			Model model, Locale locale, RedirectAttributes redirect) {
		ServiceTypeView type = this.types.byCode(code).orElseThrow(() -> new ServiceNotFoundException(code));
		ServiceTypeForm fixed = form.withCode(type.code());
		if (addField != null) {
			return form(model, fixed.withBlankRow(), true, Map.of());
		}
		return save(fixed, true, principal, model, locale, redirect);
	}

	@ExceptionHandler(ServiceNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return EserviceStaffController.NOT_FOUND_VIEW;
	}

	private String save(ServiceTypeForm form, boolean editing, Principal principal, Model model, Locale locale,
			RedirectAttributes redirect) {
		Map<String, DefaultMessageSourceResolvable> formProblems = new LinkedHashMap<>();
		ServiceTypeDefinition definition = form.toDefinition(formProblems);
		Map<String, String> problems = new LinkedHashMap<>();
		formProblems.forEach((key, message) -> problems.put(key, this.messages.getMessage(message, locale)));
		try {
			if (problems.isEmpty()) {
				ServiceTypeView saved = this.types.save(definition, principal.getName());
				redirect.addFlashAttribute("message", "eservice.staff.type.saved");
				return "redirect:/staff/eservice/types/" + saved.code();
			}
		}
		catch (InvalidSubmissionException ex) {
			for (Map.Entry<String, MessageSourceResolvable> problem : ex.fieldErrors().entrySet()) {
				problems.putIfAbsent(problem.getKey(), this.messages.getMessage(problem.getValue(), locale));
			}
		}
		return form(model, form.withKeptRows(), editing, problems);
	}

	private String form(Model model, ServiceTypeForm form, boolean editing, Map<String, String> problems) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("problems", problems);
		model.addAttribute("kinds", FieldKind.values());
		model.addAttribute("roles", StaffRole.values());
		return FORM_VIEW;
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
