package th.go.moph.dho.staff;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins list, create, edit, deactivate and reactivate staff accounts (never delete).
 */
@Controller
@RequestMapping("/staff/users")
@PreAuthorize("hasRole('ADMIN')")
class StaffAccountStaffController {

	static final String LIST_VIEW = "staff/staff/users";

	static final String FORM_VIEW = "staff/staff/user-form";

	private final StaffAccounts accounts;

	StaffAccountStaffController(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.list());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", StaffAccountForm.empty());
		model.addAttribute("editing", false);
		return FORM_VIEW;
	}

	@PostMapping("/new")
	String create(@Validated @ModelAttribute("form") StaffAccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		BindingResult errors = StaffForms.errorsOf(form, result);
		checkPassword(form, true, errors);
		if (!errors.hasErrors() && this.accounts.exists(form.username())) {
			errors.rejectValue("username", "staff.users.username.taken");
		}
		if (errors.hasErrors()) {
			StaffForms.show(model, form, errors);
			model.addAttribute("editing", false);
			return FORM_VIEW;
		}
		this.accounts.create(form.username(), form.displayName(), form.position(), form.roleSet(),
				java.util.Objects.requireNonNull(form.password()));
		redirect.addFlashAttribute("message", "staff.users.created");
		return "redirect:/staff/users";
	}

	@GetMapping("/{username}")
	String editForm(@PathVariable String username, Model model) {
		StaffAccountView view = this.accounts.view(username)
			.orElseThrow(() -> new StaffAccountNotFoundException(username));
		model.addAttribute("form", StaffAccountForm.of(view));
		model.addAttribute("account", view);
		model.addAttribute("editing", true);
		return FORM_VIEW;
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @Validated @ModelAttribute("form") StaffAccountForm form,
			BindingResult result, java.security.Principal principal, Model model, RedirectAttributes redirect) {
		StaffAccountView view = this.accounts.view(username)
			.orElseThrow(() -> new StaffAccountNotFoundException(username));
		BindingResult errors = StaffForms.errorsOf(form, result);
		checkPassword(form, false, errors);
		if (view.username().equalsIgnoreCase(principal.getName()) && !form.roleSet().contains(StaffRole.ADMIN)) {
			// an admin cannot lock everyone out by removing their own admin role
			errors.rejectValue("roles", "staff.users.cannotDropOwnAdmin");
		}
		if (errors.hasErrors()) {
			StaffForms.show(model, form, errors);
			model.addAttribute("account", view);
			model.addAttribute("editing", true);
			return FORM_VIEW;
		}
		this.accounts.update(view.username(), form.displayName(), form.position(), form.roleSet());
		if (form.hasPassword()) {
			this.accounts.resetPassword(view.username(), java.util.Objects.requireNonNull(form.password()));
		}
		redirect.addFlashAttribute("message", "staff.users.updated");
		return "redirect:/staff/users";
	}

	@PostMapping("/{username}/active")
	String setActive(@PathVariable String username,
			@org.springframework.web.bind.annotation.RequestParam boolean active, java.security.Principal principal,
			RedirectAttributes redirect) {
		StaffAccountView view = this.accounts.view(username)
			.orElseThrow(() -> new StaffAccountNotFoundException(username));
		if (!active && view.username().equalsIgnoreCase(principal.getName())) {
			redirect.addFlashAttribute("error", "staff.users.cannotDeactivateSelf");
			return "redirect:/staff/users";
		}
		this.accounts.setActive(view.username(), active);
		redirect.addFlashAttribute("message", active ? "staff.users.reactivated" : "staff.users.deactivated");
		return "redirect:/staff/users";
	}

	private static void checkPassword(StaffAccountForm form, boolean required, BindingResult result) {
		if (!form.hasPassword()) {
			if (required) {
				result.rejectValue("password", "staff.users.password.required");
			}
		}
		else if (java.util.Objects.requireNonNull(form.password()).length() < StaffAccountForm.MIN_PASSWORD) {
			result.rejectValue("password", "staff.users.password.short");
		}
	}

}
