package th.go.moph.dho.site;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The LIFF app's own addresses ({@code /liff/}, {@code /liff/requests},
 * {@code /liff/requests/ER-2569-000123}, …) answer with the app's {@code index.html}; the
 * app then draws the screen the address names. Mapped here rather than left to the
 * resource handler because the site's {@code /{category}/{section}} pages would take
 * {@code /liff/requests} first. Deeper addresses reach the resource handler's fallback
 * ({@link LiffAppConfiguration}).
 */
@Controller
class LiffAppController {

	static final String APP = "forward:" + LiffAppConfiguration.PATH + "/" + LiffAppConfiguration.INDEX;

	@GetMapping({ LiffAppConfiguration.PATH, LiffAppConfiguration.PATH + "/" })
	String app() {
		return APP;
	}

	/** A route of the app: segments without a dot (files have one). */
	@GetMapping({ LiffAppConfiguration.PATH + "/{first:[^.]+}",
			LiffAppConfiguration.PATH + "/{first:[^.]+}/{second:[^.]+}" })
	String route(@PathVariable String first) {
		if ("assets".equals(first)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return APP;
	}

}
