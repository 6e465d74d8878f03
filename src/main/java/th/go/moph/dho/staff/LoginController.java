package th.go.moph.dho.staff;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Thai staff login page; Spring Security handles the post.
 */
@Controller
class LoginController {

	static final String VIEW = "staff/login";

	@GetMapping(SecurityConfiguration.LOGIN_PAGE)
	String login() {
		return VIEW;
	}

}
