package th.go.moph.dho.publishing.workflow;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.publishing.ContentItem;
import th.go.moph.dho.publishing.ContentItemRepository;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentRevisionRepository;
import th.go.moph.dho.publishing.PublicationRequestView;
import th.go.moph.dho.publishing.PublicationRequests;
import th.go.moph.dho.publishing.PublicationWorkflow;
import th.go.moph.dho.publishing.RevisionDiff;
import th.go.moph.dho.publishing.WorkflowException;
import th.go.moph.dho.thai.InvalidThaiDateException;
import th.go.moph.dho.thai.ThaiDateInput;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The approver's side: the queue of submissions, each with its diff against the live
 * version; approve (now or scheduled), return with a comment, publish urgently with a
 * reason, review others' urgent publications, withdraw with a public reason.
 */
@Controller
@RequestMapping("/staff/review")
@PreAuthorize("hasRole('APPROVER')")
class ReviewStaffController {

	static final String QUEUE_VIEW = "staff/publishing/queue";

	static final String REVIEW_VIEW = "staff/publishing/review";

	static final String URGENT_VIEW = "staff/publishing/urgent";

	static final String WITHDRAW_VIEW = "staff/publishing/withdraw";

	private final PublicationWorkflow workflow;

	private final PublicationRequests requests;

	private final WorkItems workItems;

	private final ContentItemRepository items;

	private final ContentRevisionRepository revisions;

	private final Catalog catalog;

	private final BodyComparison comparison;

	private final WorkflowMessages messages;

	ReviewStaffController(PublicationWorkflow workflow, PublicationRequests requests, WorkItems workItems,
			ContentItemRepository items, ContentRevisionRepository revisions, Catalog catalog,
			BodyComparison comparison, WorkflowMessages messages) {
		this.workflow = workflow;
		this.requests = requests;
		this.workItems = workItems;
		this.items = items;
		this.revisions = revisions;
		this.catalog = catalog;
		this.comparison = comparison;
		this.messages = messages;
	}

	@GetMapping
	String queue(Model model) {
		model.addAttribute("items", this.workItems.pending());
		return QUEUE_VIEW;
	}

	@GetMapping("/{revisionId}")
	String review(@PathVariable long revisionId, Principal principal, Model model) {
		ContentRevision revision = this.workItems.revision(revisionId)
			.orElseThrow(() -> new ContentNotFoundException("revision " + revisionId));
		ContentItem item = this.items.findById(revision.getItemId()).orElseThrow();
		ContentRevision live = item.getLiveRevisionId() == null ? null
				: this.workItems.revision(item.getLiveRevisionId()).orElse(null);
		model.addAttribute("revision", revision);
		model.addAttribute("item", item);
		model.addAttribute("section", this.catalog.section(item.getSectionId()));
		model.addAttribute("live", live);
		model.addAttribute("diff", RevisionDiff.between(live, revision));
		String body = Objects.requireNonNullElse(revision.getBodyMarkdown(), "");
		model.addAttribute("bodyHtml", this.comparison.render(body));
		if (live != null) {
			String liveBody = Objects.requireNonNullElse(live.getBodyMarkdown(), "");
			model.addAttribute("liveHtml", this.comparison.render(liveBody));
			model.addAttribute("markedHtml", this.comparison.marked(liveBody, body));
			model.addAttribute("bodyChanged", !liveBody.equals(body));
			model.addAttribute("removedFiles",
					live.getAttachments()
						.stream()
						.filter(a -> revision.getAttachments()
							.stream()
							.noneMatch(n -> n.getSha256().equals(a.getSha256())
									&& n.getOriginalName().equals(a.getOriginalName())))
						.toList());
		}
		model.addAttribute("own", principal.getName().equalsIgnoreCase(revision.getAuthor())
				|| principal.getName().equalsIgnoreCase(revision.getSubmittedBy()));
		return REVIEW_VIEW;
	}

	/**
	 * One approval with one choice: {@code when=now} (or at the time the author asked
	 * for, if any), or {@code when=date} with a Buddhist-era date typed as on every staff
	 * form ({@code 12/12/2569}) and a time.
	 */
	@PostMapping("/{revisionId}/approve")
	String approve(@PathVariable long revisionId, @RequestParam(defaultValue = "now") String when,
			@RequestParam(defaultValue = "") String publishDate,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime publishTime,
			Principal principal, RedirectAttributes redirect) {
		Instant publishAt = null;
		if ("date".equals(when)) {
			try {
				publishAt = ThaiDateInput.parse(publishDate)
					.atTime(publishTime == null ? LocalTime.of(8, 0) : publishTime)
					.atZone(ThaiDates.ZONE)
					.toInstant();
			}
			catch (InvalidThaiDateException ex) {
				redirect.addFlashAttribute("error", "publishing.date.invalid");
				redirect.addFlashAttribute("typedDate", shorten(publishDate));
				return "redirect:/staff/review/" + revisionId;
			}
		}
		try {
			PublicationRequestView request = this.workflow.approve(revisionId, principal.getName(), publishAt);
			this.messages.done(redirect, "publishing.message.approved");
			// the queue shows where the approval led: the public page and the evidence
			redirect.addFlashAttribute("approvedRequest", request);
			return "redirect:/staff/review";
		}
		catch (WorkflowException ex) {
			this.messages.flash(redirect, ex);
			return "redirect:/staff/review/" + revisionId;
		}
	}

	private static String shorten(String value) {
		return value.length() > 20 ? value.substring(0, 20) : value;
	}

	@PostMapping("/{revisionId}/return")
	String returnToAuthor(@PathVariable long revisionId, @RequestParam(defaultValue = "") String comment,
			Principal principal, RedirectAttributes redirect) {
		try {
			this.workflow.returnToAuthor(revisionId, principal.getName(), comment);
			this.messages.done(redirect, "publishing.message.returned");
			return "redirect:/staff/review";
		}
		catch (WorkflowException ex) {
			this.messages.flash(redirect, ex);
			return "redirect:/staff/review/" + revisionId;
		}
	}

	@PostMapping("/{revisionId}/urgent")
	String publishUrgently(@PathVariable long revisionId, @RequestParam(defaultValue = "") String reason,
			Principal principal, RedirectAttributes redirect) {
		ContentRevision revision = this.revisions.findById(revisionId)
			.orElseThrow(() -> new ContentNotFoundException("revision " + revisionId));
		try {
			this.workflow.publishImmediately(revisionId, principal.getName(), reason);
			this.messages.done(redirect, "publishing.message.urgentPublished");
			return "redirect:/staff/content/items/" + revision.getItemId();
		}
		catch (WorkflowException ex) {
			this.messages.flash(redirect, ex);
			return "redirect:/staff/content/revisions/" + revisionId + "/edit";
		}
	}

	@GetMapping("/urgent")
	String urgent(Model model) {
		model.addAttribute("requests", this.requests.awaitingReview());
		return URGENT_VIEW;
	}

	@PostMapping("/urgent/{requestId}")
	String reviewUrgent(@PathVariable long requestId, Principal principal, RedirectAttributes redirect) {
		try {
			this.workflow.reviewUrgent(requestId, principal.getName());
			this.messages.done(redirect, "publishing.message.reviewed");
		}
		catch (WorkflowException ex) {
			this.messages.flash(redirect, ex);
		}
		return "redirect:/staff/review/urgent";
	}

	@GetMapping("/items/{itemId}/withdraw")
	String withdrawForm(@PathVariable long itemId, Model model) {
		ContentItem item = this.items.findById(itemId)
			.orElseThrow(() -> new ContentNotFoundException("item " + itemId));
		List<ContentRevision> all = this.revisions.findByItemIdOrderByRevisionNumberDesc(itemId);
		model.addAttribute("item", item);
		model.addAttribute("title", all.isEmpty() ? "" : all.get(0).getTitle());
		return WITHDRAW_VIEW;
	}

	@PostMapping("/items/{itemId}/withdraw")
	String withdraw(@PathVariable long itemId, @RequestParam(defaultValue = "") String reason, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.workflow.withdraw(itemId, principal.getName(), reason);
			this.messages.done(redirect, "publishing.message.withdrawn");
			return "redirect:/staff/content/items/" + itemId;
		}
		catch (WorkflowException ex) {
			this.messages.flash(redirect, ex);
			return "redirect:/staff/review/items/" + itemId + "/withdraw";
		}
	}

}
