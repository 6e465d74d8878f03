package th.go.moph.dho.office;

import java.net.URI;
import java.net.URISyntaxException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks the public base URL when the application starts. Every link the office sends out
 * (LINE messages and their images, the sitemap, the feed, evidence forms and reports) is
 * built from it, so the application refuses to start without one (the production profile
 * reads it from {@code DHO_BASE_URL} with no default), and warns when it is not https,
 * since LINE shows no image from a plain http address.
 */
@Component
class BaseUrlCheck {

	private static final Logger log = LoggerFactory.getLogger(BaseUrlCheck.class);

	BaseUrlCheck(OfficeSettings office) {
		String baseUrl = office.baseUrl();
		if (baseUrl == null || baseUrl.isBlank()) {
			throw new BaseUrlMissingException("DHO_BASE_URL (dho.office.base-url) is not set");
		}
		URI uri;
		try {
			uri = new URI(baseUrl.strip());
		}
		catch (URISyntaxException ex) {
			throw new BaseUrlMissingException("DHO_BASE_URL (dho.office.base-url) is not a URL: " + baseUrl);
		}
		if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
			throw new BaseUrlMissingException(
					"DHO_BASE_URL (dho.office.base-url) is not an absolute http(s) address: " + baseUrl);
		}
		if (!"https".equals(uri.getScheme())) {
			log.warn("DHO_BASE_URL is {}, not https: LINE shows no image from a plain http address and "
					+ "citizens' browsers mark the links as not secure; set DHO_BASE_URL to the site's https address",
					baseUrl);
		}
		if (office.isLocalBaseUrl()) {
			log.warn("DHO_BASE_URL is {}: links in LINE messages, the sitemap, the feed and evidence forms will "
					+ "point to this computer", baseUrl);
		}
	}

}
