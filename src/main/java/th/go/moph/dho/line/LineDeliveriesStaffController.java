package th.go.moph.dho.line;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the office sent on LINE besides replies: status pushes to citizens and news to
 * followers, with recipients, status, attempts and failures, the month's quota and a
 * warning when pushes stopped because of it. For approvers, administrators and the staff
 * who handle e-services ({@code ESERVICE}).
 */
@Controller
@RequestMapping(LineDeliveriesStaffController.PATH)
@PreAuthorize("hasAnyRole('APPROVER', 'ADMIN', 'ESERVICE')")
class LineDeliveriesStaffController {

	static final String PATH = "/staff/line/deliveries";

	static final String VIEW = "staff/line/deliveries";

	static final int SHOWN = 200;

	private final OutboundQueue queue;

	private final MessageQuota quota;

	LineDeliveriesStaffController(OutboundQueue queue, MessageQuota quota) {
		this.queue = queue;
		this.quota = quota;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("deliveries", this.queue.latest(SHOWN));
		model.addAttribute("quota", this.quota.last());
		return VIEW;
	}

}
