package th.go.moph.dho.publishing.workflow;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.publishing.ContentItem;
import th.go.moph.dho.publishing.ContentItemRepository;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentRevisionRepository;
import th.go.moph.dho.publishing.PublicationRequests;
import th.go.moph.dho.publishing.PublicationWorkflow;
import th.go.moph.dho.publishing.RevisionDiff;

/**
 * The history of an item: its revisions, its audit log, its publication requests, and the
 * diff between any two revisions.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR','APPROVER','ADMIN')")
class HistoryStaffController {

	static final String VIEW = "staff/publishing/history";

	private final PublicationWorkflow workflow;

	private final PublicationRequests requests;

	private final ContentItemRepository items;

	private final ContentRevisionRepository revisions;

	private final Catalog catalog;

	private final WorkItems workItems;

	HistoryStaffController(PublicationWorkflow workflow, PublicationRequests requests, ContentItemRepository items,
			ContentRevisionRepository revisions, Catalog catalog, WorkItems workItems) {
		this.workItems = workItems;
		this.workflow = workflow;
		this.requests = requests;
		this.items = items;
		this.revisions = revisions;
		this.catalog = catalog;
	}

	@GetMapping("/staff/content/items/{itemId}")
	String history(@PathVariable long itemId, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model) {
		ContentItem item = this.items.findById(itemId)
			.orElseThrow(() -> new ContentNotFoundException("item " + itemId));
		List<ContentRevision> all = this.workItems.revisionsOf(itemId);
		if (all.isEmpty()) {
			throw new ContentNotFoundException("item " + itemId);
		}
		ContentRevision newest = all.get(0);
		ContentRevision after = pick(all, to, newest);
		ContentRevision before = from == null ? (all.size() > 1 && after == newest ? all.get(1) : null)
				: pick(all, from, null);
		model.addAttribute("item", item);
		model.addAttribute("section", this.catalog.section(item.getSectionId()));
		model.addAttribute("revisions", all);
		model.addAttribute("latest", newest);
		model.addAttribute("audit", this.workflow.history(itemId));
		model.addAttribute("requests", this.requests.forItem(itemId));
		model.addAttribute("diff", RevisionDiff.between(before, after));
		model.addAttribute("from", before == null ? null : before.getRevisionNumber());
		model.addAttribute("to", after.getRevisionNumber());
		return VIEW;
	}

	private static @Nullable ContentRevision pick(List<ContentRevision> all, @Nullable Integer number,
			@Nullable ContentRevision otherwise) {
		if (number == null) {
			return otherwise;
		}
		return all.stream()
			.filter(r -> Objects.equals(r.getRevisionNumber(), number))
			.findFirst()
			.orElseThrow(() -> new ContentNotFoundException("revision number " + number));
	}

}
