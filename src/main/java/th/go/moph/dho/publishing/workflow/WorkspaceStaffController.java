package th.go.moph.dho.publishing.workflow;

import java.security.Principal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.moph.dho.publishing.PublicationRequests;

/**
 * The staff home: counts of the user's drafts, returned and pending items, and the
 * office's pending, scheduled and recently published ones.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class WorkspaceStaffController {

	static final String VIEW = "staff/home";

	private final WorkItems workItems;

	private final PublicationRequests requests;

	WorkspaceStaffController(WorkItems workItems, PublicationRequests requests) {
		this.workItems = workItems;
		this.requests = requests;
	}

	@GetMapping({ "/staff", "/staff/" })
	String home(Principal principal, Model model) {
		model.addAttribute("counts", this.workItems.counts(principal.getName()));
		model.addAttribute("toReview", this.requests.awaitingReview().size());
		return VIEW;
	}

}
