package th.go.moph.dho.office;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says plainly why the application did not start when the base URL is missing, and what
 * to set (instead of a stack trace).
 */
class BaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<BaseUrlMissingException> {

	static final String ACTION = "Set the environment variable DHO_BASE_URL to the public https address of the "
			+ "website, e.g. DHO_BASE_URL=https://dho.example.go.th (in docker compose: in .env). Links in LINE "
			+ "messages, the sitemap, the feed, evidence forms and reports are built from it.";

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, BaseUrlMissingException cause) {
		return new FailureAnalysis("The public base URL of the website is missing: " + cause.getMessage() + ".", ACTION,
				cause);
	}

}
