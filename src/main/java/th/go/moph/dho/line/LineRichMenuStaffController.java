package th.go.moph.dho.line;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for the rich menu: a preview of the generated image and a
 * button that puts it on LINE as the default menu (again and again without duplicates).
 */
@Controller
@RequestMapping("/staff/line/rich-menu")
@PreAuthorize("hasRole('ADMIN')")
class LineRichMenuStaffController {

	static final String VIEW = "staff/line/rich-menu";

	private static final Logger log = LoggerFactory.getLogger(LineRichMenuStaffController.class);

	private final RichMenu menu;

	private final RichMenuProvisioner provisioner;

	private final LineChannel channel;

	LineRichMenuStaffController(RichMenu menu, RichMenuProvisioner provisioner, LineChannel channel) {
		this.menu = menu;
		this.provisioner = provisioner;
		this.channel = channel;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("menuName", this.menu.name());
		model.addAttribute("labels", RichMenu.AREAS.stream().map(this.menu::label).toList());
		model.addAttribute("mode", this.channel.mode().name());
		return VIEW;
	}

	@GetMapping(path = "/image.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> image() {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(this.menu.png());
	}

	@PostMapping
	String provision(RedirectAttributes redirect) {
		try {
			RichMenuProvisioner.Result result = this.provisioner.provision();
			redirect.addFlashAttribute("message",
					result.created() ? "line.staff.richmenu.created" : "line.staff.richmenu.reused");
			redirect.addFlashAttribute("richMenuId", result.richMenuId());
		}
		catch (IllegalStateException ex) {
			log.warn("Rich menu provisioning failed: {}", ex.getMessage());
			redirect.addFlashAttribute("error", "line.staff.richmenu.failed");
		}
		return "redirect:/staff/line/rich-menu";
	}

}
