package th.go.moph.dho.publishing.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.publishing.Attachment;
import th.go.moph.dho.publishing.AttachmentStorage;
import th.go.moph.dho.publishing.ContentItem;
import th.go.moph.dho.publishing.ContentItemRepository;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentRevisionRepository;
import th.go.moph.dho.publishing.Markdown;
import th.go.moph.dho.publishing.PublicationWorkflow;
import th.go.moph.dho.publishing.StorageSettings;
import th.go.moph.dho.publishing.WorkflowException;
import th.go.moph.dho.staff.StaffForms;

/**
 * Drafting: the list of all items and of mine, a new draft of any authored section, the
 * edit form fitted to the section's kind, files, submission and the public preview.
 */
@Controller
@RequestMapping("/staff/content")
@PreAuthorize("hasAnyRole('EDITOR','APPROVER')")
class ContentStaffController {

	/** More steps than any manual or guide needs. */
	static final int MAX_STEPS = 100;

	private static final Pattern STEP_PARAMETER = Pattern.compile("steps\\[(\\d+)]");

	static final String LIST_VIEW = "staff/publishing/items";

	static final String CHOOSE_VIEW = "staff/publishing/choose-section";

	static final String FORM_VIEW = "staff/publishing/edit";

	static final String PREVIEW_VIEW = "staff/publishing/preview";

	private final PublicationWorkflow workflow;

	private final WorkItems workItems;

	private final ContentItemRepository items;

	private final ContentRevisionRepository revisions;

	private final AttachmentStorage storage;

	private final StorageSettings storageSettings;

	private final Catalog catalog;

	private final Markdown markdown;

	private final WorkflowMessages messages;

	ContentStaffController(PublicationWorkflow workflow, WorkItems workItems, ContentItemRepository items,
			ContentRevisionRepository revisions, AttachmentStorage storage, StorageSettings storageSettings,
			Catalog catalog, Markdown markdown, WorkflowMessages messages) {
		this.workflow = workflow;
		this.workItems = workItems;
		this.items = items;
		this.revisions = revisions;
		this.storage = storage;
		this.storageSettings = storageSettings;
		this.catalog = catalog;
		this.markdown = markdown;
		this.messages = messages;
	}

	/**
	 * Binding a record's list of steps makes room for every index up to the highest one
	 * sent, so a forged {@code steps[999999].title} would fail inside Spring (or fill the
	 * memory): more steps than any manual has is refused before binding.
	 */
	@InitBinder
	void initBinder(WebDataBinder binder, WebRequest request) {
		binder.setDisallowedFields("id");
		binder.setAutoGrowCollectionLimit(MAX_STEPS);
		for (String name : request.getParameterMap().keySet()) {
			Matcher step = STEP_PARAMETER.matcher(name);
			if (step.lookingAt() && (step.group(1).length() > 4 || Integer.parseInt(step.group(1)) >= MAX_STEPS)) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "More than " + MAX_STEPS + " steps");
			}
		}
	}

	@GetMapping
	String all(Model model) {
		model.addAttribute("items", this.workItems.all());
		model.addAttribute("mine", false);
		return LIST_VIEW;
	}

	@GetMapping("/mine")
	String mine(Principal principal, Model model) {
		model.addAttribute("items", this.workItems.mine(principal.getName()));
		model.addAttribute("mine", true);
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String chooseSection(Model model) {
		model.addAttribute("categories", this.catalog.categories());
		return CHOOSE_VIEW;
	}

	@GetMapping("/new/{sectionSlug}")
	String newForm(@PathVariable String sectionSlug, Model model) {
		Section section = authoredSection(sectionSlug);
		return form(model, section, ContentForm.empty(), null);
	}

	@PostMapping("/new/{sectionSlug}")
	String create(@PathVariable String sectionSlug, @Validated @ModelAttribute("form") ContentForm form,
			BindingResult result, @RequestParam(required = false) @Nullable String addStep,
			@RequestParam(required = false) @Nullable Integer removeStep, FormAction action, Principal principal,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Section section = authoredSection(sectionSlug);
		if (addStep != null || removeStep != null) {
			return form(model, section, rows(form, addStep, removeStep), null);
		}
		BindingResult errors = StaffForms.errorsOf(form, result);
		checkSteps(form, errors);
		if (errors.hasErrors()) {
			return formWithErrors(model, section, form, errors, null, action);
		}
		ContentRevision revision = this.workflow.createDraft(section.slug(), form.toFields(), principal.getName());
		return afterSave(revision.getId(), revision.getItemId(), action, principal, request, redirect);
	}

	@GetMapping("/revisions/{revisionId}/edit")
	String editForm(@PathVariable long revisionId, Model model) {
		ContentRevision revision = revision(revisionId);
		return form(model, sectionOf(revision), ContentForm.of(revision), revision);
	}

	/**
	 * The edit page is one form: whichever button was pressed (save, upload, remove a
	 * file, submit, publish urgently), what was typed is saved first, then the button's
	 * own step runs. Nothing typed is lost to a second form.
	 */
	@PostMapping("/revisions/{revisionId}/edit")
	String update(@PathVariable long revisionId, @Validated @ModelAttribute("form") ContentForm form,
			BindingResult result, @RequestParam(required = false) @Nullable String addStep,
			@RequestParam(required = false) @Nullable Integer removeStep, FormAction action, Principal principal,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ContentRevision revision = revision(revisionId);
		if (addStep != null || removeStep != null) {
			return form(model, sectionOf(revision), rows(form, addStep, removeStep), revision);
		}
		BindingResult errors = StaffForms.errorsOf(form, result);
		checkSteps(form, errors);
		if (errors.hasErrors()) {
			return formWithErrors(model, sectionOf(revision), form, errors, revision, action);
		}
		try {
			this.workflow.edit(revisionId, form.toFields(), principal.getName());
		}
		catch (WorkflowException ex) {
			this.messages.flash(redirect, ex);
			return "redirect:/staff/content/revisions/" + revisionId + "/edit";
		}
		return afterSave(revisionId, revision.getItemId(), action, principal, request, redirect);
	}

	/**
	 * What the pressed button asks for, once the text is saved: the chosen file is
	 * attached whatever the button (an editor who picks a file and submits means it to go
	 * with the submission), then a file is removed, the draft submitted or published
	 * urgently.
	 */
	private String afterSave(long revisionId, long itemId, FormAction action, Principal principal,
			HttpServletRequest request, RedirectAttributes redirect) {
		String edit = "redirect:/staff/content/revisions/" + revisionId + "/edit";
		String history = "redirect:/staff/content/items/" + itemId;
		try {
			MultipartFile file = action.file();
			if (file != null && !file.isEmpty()) {
				try (InputStream in = file.getInputStream()) {
					this.workflow.attach(revisionId, in, Objects.requireNonNullElse(file.getOriginalFilename(), "file"),
							file.getSize(), action.altText(), principal.getName());
				}
				if (action.uploads()) {
					this.messages.done(redirect, "publishing.message.savedAndAttached");
					return edit;
				}
			}
			else if (action.uploads()) {
				this.messages.done(redirect, "publishing.message.saved");
				redirect.addFlashAttribute("errorText",
						this.messages.text(new WorkflowException("publishing.upload.empty")));
				return edit;
			}
			if (action.removeAttachment() != null) {
				this.workflow.detach(revisionId, action.removeAttachment(), principal.getName());
				this.messages.done(redirect, "publishing.message.savedAndDetached");
				return edit;
			}
			if (action.submits()) {
				this.workflow.submit(revisionId, principal.getName(), action.remarks());
				this.messages.done(redirect, "publishing.message.submitted");
				return history;
			}
			if (action.publishesUrgently()) {
				if (!request.isUserInRole("APPROVER")) {
					throw new ResponseStatusException(HttpStatus.FORBIDDEN);
				}
				this.workflow.publishImmediately(revisionId, principal.getName(),
						Objects.requireNonNullElse(action.reason(), ""));
				this.messages.done(redirect, "publishing.message.urgentPublished");
				return history;
			}
			this.messages.done(redirect, "publishing.message.saved");
			return edit;
		}
		catch (WorkflowException ex) {
			// the text is saved; only the button's own step was refused
			this.messages.done(redirect, "publishing.message.saved");
			this.messages.flash(redirect, ex);
			return edit;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The form again with its errors; a chosen file cannot come back in a file field, so
	 * the page says it was not uploaded.
	 */
	private String formWithErrors(Model model, Section section, ContentForm form, BindingResult errors,
			@Nullable ContentRevision revision, FormAction action) {
		StaffForms.show(model, form, errors);
		MultipartFile file = action.file();
		if (file != null && !file.isEmpty()) {
			model.addAttribute("errorText", this.messages.text(new WorkflowException("publishing.upload.notWithErrors",
					Objects.requireNonNullElse(file.getOriginalFilename(), ""))));
		}
		return form(model, section, form, revision);
	}

	@PostMapping("/revisions/{revisionId}/attachments")
	String attach(@PathVariable long revisionId, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String altText, Principal principal,
			RedirectAttributes redirect) {
		revision(revisionId);
		if (file.isEmpty()) {
			redirect.addFlashAttribute("errorText",
					this.messages.text(new WorkflowException("publishing.upload.empty")));
			return "redirect:/staff/content/revisions/" + revisionId + "/edit";
		}
		try (InputStream in = file.getInputStream()) {
			this.workflow.attach(revisionId, in, Objects.requireNonNullElse(file.getOriginalFilename(), "file"),
					file.getSize(), altText, principal.getName());
			this.messages.done(redirect, "publishing.message.attached");
		}
		catch (WorkflowException ex) {
			this.messages.flash(redirect, ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "redirect:/staff/content/revisions/" + revisionId + "/edit";
	}

	@PostMapping("/revisions/{revisionId}/attachments/{attachmentId}/delete")
	String detach(@PathVariable long revisionId, @PathVariable long attachmentId, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.workflow.detach(revisionId, attachmentId, principal.getName());
			this.messages.done(redirect, "publishing.message.detached");
		}
		catch (WorkflowException ex) {
			this.messages.flash(redirect, ex);
		}
		return "redirect:/staff/content/revisions/" + revisionId + "/edit";
	}

	@PostMapping("/revisions/{revisionId}/submit")
	String submit(@PathVariable long revisionId, @RequestParam(required = false) @Nullable String remarks,
			Principal principal, RedirectAttributes redirect) {
		ContentRevision revision = revision(revisionId);
		try {
			this.workflow.submit(revisionId, principal.getName(), remarks);
			this.messages.done(redirect, "publishing.message.submitted");
			return "redirect:/staff/content/items/" + revision.getItemId();
		}
		catch (WorkflowException ex) {
			this.messages.flash(redirect, ex);
			return "redirect:/staff/content/revisions/" + revisionId + "/edit";
		}
	}

	@PostMapping("/items/{itemId}/revise")
	String revise(@PathVariable long itemId, Principal principal, RedirectAttributes redirect) {
		try {
			ContentRevision revision = this.workflow.startRevision(itemId, principal.getName());
			return "redirect:/staff/content/revisions/" + revision.getId() + "/edit";
		}
		catch (WorkflowException ex) {
			this.messages.flash(redirect, ex);
			return "redirect:/staff/content/items/" + itemId;
		}
	}

	/** The revision as the public will see it, in the public layout. */
	@GetMapping("/revisions/{revisionId}/preview")
	String preview(@PathVariable long revisionId, Model model) {
		ContentRevision revision = revision(revisionId);
		model.addAttribute("revision", revision);
		model.addAttribute("section", sectionOf(revision));
		model.addAttribute("bodyHtml",
				this.markdown.toSafeHtml(Objects.requireNonNullElse(revision.getBodyMarkdown(), "")));
		return PREVIEW_VIEW;
	}

	/**
	 * Any file of any revision, for staff checking drafts (the public only gets live
	 * files).
	 */
	@GetMapping("/attachments/{attachmentId}")
	ResponseEntity<Resource> download(@PathVariable long attachmentId) {
		Attachment attachment = this.revisions.findAttachment(attachmentId)
			.orElseThrow(() -> new ContentNotFoundException("attachment " + attachmentId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getMediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.getOriginalName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(this.storage.load(attachment.getStorageKey()));
	}

	private String form(Model model, Section section, ContentForm form, @Nullable ContentRevision revision) {
		model.addAttribute("section", section);
		model.addAttribute("kind", section.kind().name());
		model.addAttribute("form", form);
		model.addAttribute("revision", revision);
		model.addAttribute("maxFileMb", this.storageSettings.maxFileSize().toMegabytes());
		if (revision != null) {
			ContentItem item = this.items.findById(revision.getItemId()).orElseThrow();
			model.addAttribute("item", item);
		}
		return FORM_VIEW;
	}

	private static ContentForm rows(ContentForm form, @Nullable String addStep, @Nullable Integer removeStep) {
		return addStep != null ? form.withStepAdded() : form.withStepRemoved(Objects.requireNonNull(removeStep));
	}

	private static void checkSteps(ContentForm form, BindingResult result) {
		int incomplete = form.firstIncompleteStep();
		if (incomplete >= 0) {
			result.rejectValue("steps[" + incomplete + "].title", "publishing.form.step.incomplete");
		}
	}

	private Section authoredSection(String slug) {
		Section section = this.catalog.findSection(slug)
			.orElseThrow(() -> new ContentNotFoundException("section " + slug));
		if (!section.kind().isAuthored()) {
			throw new ContentNotFoundException("section " + slug);
		}
		return section;
	}

	private ContentRevision revision(long revisionId) {
		return this.workItems.revision(revisionId)
			.orElseThrow(() -> new ContentNotFoundException("revision " + revisionId));
	}

	private Section sectionOf(ContentRevision revision) {
		ContentItem item = this.items.findById(revision.getItemId()).orElseThrow();
		return this.catalog.section(item.getSectionId());
	}

}
