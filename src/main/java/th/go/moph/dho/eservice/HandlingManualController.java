package th.go.moph.dho.eservice;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.go.moph.dho.linelogin.LiffApp;

/**
 * The public handling manual of complaints and e-service requests (category 8, MOIT 9):
 * generated from the service types as staff configured them, so the published target
 * days, handling roles and channels are always the ones the system applies. Lists the
 * channels, the steps a request goes through (one per status) and each service.
 */
@Controller
class HandlingManualController {

	static final String PATH = "/e-services/handling-manual";

	static final String VIEW = "eservice/handling-manual";

	/** The statuses in the order a request usually goes through them. */
	static final List<RequestStatus> STEPS = List.of(RequestStatus.RECEIVED, RequestStatus.IN_PROGRESS,
			RequestStatus.WAITING_FOR_CITIZEN, RequestStatus.FORWARDED, RequestStatus.DONE, RequestStatus.REJECTED,
			RequestStatus.WITHDRAWN);

	private final ServiceTypes types;

	private final LiffApp liff;

	HandlingManualController(ServiceTypes types, LiffApp liff) {
		this.types = types;
		this.liff = liff;
	}

	@GetMapping(PATH)
	String manual(Model model) {
		model.addAttribute("services", this.types.active());
		model.addAttribute("steps", STEPS);
		model.addAttribute("liffUrl", this.liff.url(""));
		return VIEW;
	}

}
