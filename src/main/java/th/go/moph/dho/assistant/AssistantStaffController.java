package th.go.moph.dho.assistant;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.WorkflowException;

/**
 * The assistant's staff screens: synonym groups, the FAQ bulk import, and the questions
 * it could not answer.
 */
@Controller
@RequestMapping("/staff/assistant")
@PreAuthorize("hasAnyRole('EDITOR','APPROVER','ADMIN')")
class AssistantStaffController {

	static final String SYNONYMS_VIEW = "staff/assistant/synonyms";

	static final String SYNONYM_EDIT_VIEW = "staff/assistant/synonym-edit";

	static final String IMPORT_VIEW = "staff/assistant/import";

	static final String UNANSWERED_VIEW = "staff/assistant/unanswered";

	private final SynonymService synonyms;

	private final FaqDrafts drafts;

	private final UnansweredLog unanswered;

	private final PublishedContent content;

	private final AssistantSettings settings;

	AssistantStaffController(SynonymService synonyms, FaqDrafts drafts, UnansweredLog unanswered,
			PublishedContent content, AssistantSettings settings) {
		this.settings = settings;
		this.synonyms = synonyms;
		this.drafts = drafts;
		this.unanswered = unanswered;
		this.content = content;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** What staff type for a synonym group: terms separated by | , or new lines. */
	record SynonymForm(@Nullable String terms) {
	}

	// --- synonyms

	@GetMapping("/synonyms")
	String synonyms(Model model) {
		model.addAttribute("groups", this.synonyms.all());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SynonymForm(""));
		}
		return SYNONYMS_VIEW;
	}

	@PostMapping("/synonyms")
	String createSynonyms(@ModelAttribute("form") SynonymForm form, Authentication user, Model model,
			RedirectAttributes redirect) {
		List<String> terms = SynonymService.parseTerms(form.terms() == null ? "" : form.terms());
		if (!valid(terms, model)) {
			return synonyms(model);
		}
		this.synonyms.create(terms, user.getName());
		redirect.addFlashAttribute("message", "assistant.synonyms.saved");
		return "redirect:/staff/assistant/synonyms";
	}

	@GetMapping("/synonyms/{id}/edit")
	String editSynonyms(@PathVariable long id, Model model) {
		SynonymGroup group = this.synonyms.get(id);
		model.addAttribute("group", group);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SynonymForm(group.getTerms().replace("|", ", ")));
		}
		return SYNONYM_EDIT_VIEW;
	}

	@PostMapping("/synonyms/{id}")
	String updateSynonyms(@PathVariable long id, @ModelAttribute("form") SynonymForm form, Authentication user,
			Model model, RedirectAttributes redirect) {
		List<String> terms = SynonymService.parseTerms(form.terms() == null ? "" : form.terms());
		if (!valid(terms, model)) {
			return editSynonyms(id, model);
		}
		this.synonyms.update(id, terms, user.getName());
		redirect.addFlashAttribute("message", "assistant.synonyms.saved");
		return "redirect:/staff/assistant/synonyms";
	}

	@PostMapping("/synonyms/{id}/delete")
	String deleteSynonyms(@PathVariable long id, RedirectAttributes redirect) {
		this.synonyms.delete(id);
		redirect.addFlashAttribute("message", "assistant.synonyms.deleted");
		return "redirect:/staff/assistant/synonyms";
	}

	private static boolean valid(List<String> terms, Model model) {
		if (terms.size() < 2) {
			model.addAttribute("error", "assistant.synonyms.error.tooFew");
			return false;
		}
		if (String.join("|", terms).length() > 1000) {
			model.addAttribute("error", "assistant.synonyms.error.tooLong");
			return false;
		}
		return true;
	}

	// --- import

	@GetMapping("/import")
	String importForm(Model model, Authentication user) {
		model.addAttribute("admin", FaqImportApiController.isAdmin(user));
		return IMPORT_VIEW;
	}

	@PostMapping("/import")
	String importFile(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "publish", defaultValue = "false") boolean publish, Authentication user, Model model,
			RedirectAttributes redirect) throws IOException {
		boolean admin = FaqImportApiController.isAdmin(user);
		FaqDrafts.ImportResult result = this.drafts.importFile(FaqImportApiController.nameOf(file), file.getBytes(),
				user.getName(), publish && admin);
		if (!result.ok()) {
			model.addAttribute("admin", admin);
			model.addAttribute("fileName", FaqImportApiController.nameOf(file));
			model.addAttribute("problems", result.problems());
			return IMPORT_VIEW;
		}
		redirect.addFlashAttribute("result", result);
		return "redirect:/staff/assistant/import";
	}

	// --- unanswered questions

	@GetMapping("/unanswered")
	String unanswered(Model model) {
		model.addAttribute("groups", this.unanswered.groups());
		model.addAttribute("entries", this.content.section(FaqDrafts.SECTION));
		model.addAttribute("retentionDays", this.settings.unansweredRetentionDays());
		return UNANSWERED_VIEW;
	}

	@PostMapping("/unanswered/phrasing")
	String addPhrasing(@RequestParam long itemId, @RequestParam String question,
			@RequestParam(name = "ids", required = false) @Nullable List<Long> ids, Authentication user,
			RedirectAttributes redirect) {
		try {
			this.drafts.addExamplePhrasing(itemId, question.strip(), user.getName());
		}
		catch (WorkflowException ex) {
			// the missed question stays in the list for when the entry can be changed
			// again
			redirect.addFlashAttribute("error", ex.getMessageKey());
			return "redirect:/staff/assistant/unanswered";
		}
		forget(ids);
		redirect.addFlashAttribute("message", "assistant.unanswered.phrasingAdded");
		return "redirect:/staff/assistant/unanswered";
	}

	@PostMapping("/unanswered/entry")
	String startEntry(@RequestParam String question,
			@RequestParam(name = "ids", required = false) @Nullable List<Long> ids, Authentication user,
			RedirectAttributes redirect) {
		this.drafts.startEntry(question.strip(), user.getName());
		forget(ids);
		redirect.addFlashAttribute("message", "assistant.unanswered.entryStarted");
		return "redirect:/staff/assistant/unanswered";
	}

	@PostMapping("/unanswered/dismiss")
	String dismiss(@RequestParam(name = "ids", required = false) @Nullable List<Long> ids,
			RedirectAttributes redirect) {
		forget(ids);
		redirect.addFlashAttribute("message", "assistant.unanswered.dismissed");
		return "redirect:/staff/assistant/unanswered";
	}

	private void forget(@Nullable List<Long> ids) {
		if (ids != null && !ids.isEmpty()) {
			this.unanswered.forget(ids);
		}
	}

}
