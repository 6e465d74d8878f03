package th.go.moph.dho.linelogin;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/liff/config}: what the LIFF app needs before {@code liff.init}.
 */
@RestController
class LiffController {

	/**
	 * @param liffId the LIFF id, null in mock mode
	 * @param mock whether the app runs with the LIFF mock against the local simulator
	 * @param mockUserId the mock citizen's LINE user id (mock mode only)
	 */
	record LiffConfig(@Nullable String liffId, boolean mock, @Nullable String mockUserId) {
	}

	private final LiffSettings settings;

	private final LiffMode mode;

	LiffController(LiffSettings settings, LiffMode mode) {
		this.settings = settings;
		this.mode = mode;
	}

	@GetMapping("/api/liff/config")
	LiffConfig config() {
		return new LiffConfig(this.settings.hasLiffId() ? this.settings.liffId().strip() : null, this.mode.mock(),
				this.mode.mock() ? this.settings.mockUserId() : null);
	}

}
