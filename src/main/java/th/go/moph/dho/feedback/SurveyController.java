package th.go.moph.dho.feedback;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web satisfaction survey: a form, a post that is checked for scripts and floods, and
 * a thank-you page (post/redirect/get).
 */
@Controller
@RequestMapping(SurveyController.PATH)
class SurveyController {

	static final String PATH = "/statistics/satisfaction/survey";

	static final String VIEW_FORM = "feedback/survey";

	static final String VIEW_THANKS = "feedback/thanks";

	private final Feedback feedback;

	private final SurveyGuard guard;

	SurveyController(Feedback feedback, SurveyGuard guard) {
		this.feedback = feedback;
		this.guard = guard;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("aspects")
	Aspect[] aspects() {
		return Aspect.values();
	}

	@ModelAttribute("groups")
	RespondentGroup[] groups() {
		return RespondentGroup.values();
	}

	@ModelAttribute("levels")
	List<Integer> levels() {
		return List.of(5, 4, 3, 2, 1);
	}

	@GetMapping
	String form(Model model) {
		SurveyForm form = SurveyForm.empty();
		model.addAttribute("surveyForm", form);
		model.addAttribute("answers", form.answers());
		model.addAttribute("token", this.guard.issueToken());
		return VIEW_FORM;
	}

	@PostMapping
	String submit(@ModelAttribute("surveyForm") SurveyForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		model.addAttribute("answers", form.answers());
		if (form.honeypotFilled()) {
			return reject(result, model, response, "feedback.survey.error.rejected", HttpStatus.BAD_REQUEST);
		}
		// the answers first: an empty form sent at once needs answers, not a warning
		// about speed
		form.validate(result);
		SurveyGuard.Verdict verdict = this.guard.check(form.token() == null ? "" : form.token());
		if (result.hasErrors()) {
			boolean keepToken = verdict == SurveyGuard.Verdict.OK || verdict == SurveyGuard.Verdict.TOO_FAST;
			model.addAttribute("token", keepToken ? form.token() : this.guard.issueToken());
			return VIEW_FORM;
		}
		switch (verdict) {
			case TOO_FAST:
				return reject(result, model, response, "feedback.survey.error.tooFast", HttpStatus.BAD_REQUEST);
			case EXPIRED:
				return reject(result, model, response, "feedback.survey.error.expired", HttpStatus.BAD_REQUEST);
			case INVALID:
				return reject(result, model, response, "feedback.survey.error.rejected", HttpStatus.BAD_REQUEST);
			case OK:
				break;
		}
		if (!this.guard.tryAcquire(request.getRemoteAddr())) {
			return reject(result, model, response, "feedback.survey.error.flood", HttpStatus.TOO_MANY_REQUESTS);
		}
		this.feedback.recordSurveyResponse(form.scores(), form.respondentGroup(), form.comment());
		redirect.addFlashAttribute("submitted", true);
		return "redirect:" + PATH + "/thanks";
	}

	@GetMapping("/thanks")
	String thanks() {
		return VIEW_THANKS;
	}

	private String reject(BindingResult result, Model model, HttpServletResponse response, String code,
			HttpStatus status) {
		result.reject(code);
		model.addAttribute("token", this.guard.issueToken());
		response.setStatus(status.value());
		return VIEW_FORM;
	}

}
