package th.go.moph.dho.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import th.go.moph.dho.office.OfficeSettings;

/**
 * Helps templates with links that staff typed: only web and site-relative addresses
 * become links, and links to other hosts are marked as external. Templates call it as
 * {@code ${@siteLinks.href(url)}} and {@code ${@siteLinks.external(url)}}.
 */
@Component("siteLinks")
class SiteLinks {

	private final @Nullable String ownHost;

	SiteLinks(OfficeSettings office) {
		this.ownHost = hostOf(office.baseUrl());
	}

	/**
	 * The address to put in an {@code href}, or {@code null} when it is not a safe web
	 * address.
	 */
	public @Nullable String href(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String value = url.strip();
		if (value.startsWith("/") && !value.startsWith("//")) {
			return value;
		}
		String lower = value.toLowerCase(Locale.ROOT);
		return (lower.startsWith("https://") || lower.startsWith("http://")) && hostOf(value) != null ? value : null;
	}

	/** Whether a link leaves this site. */
	public boolean external(@Nullable String url) {
		String href = href(url);
		if (href == null || href.startsWith("/")) {
			return false;
		}
		String host = hostOf(href);
		return host == null || !host.equalsIgnoreCase(this.ownHost);
	}

	/** The host name shown next to an external link so people know where it goes. */
	public String host(@Nullable String url) {
		String host = url == null ? null : hostOf(url.strip());
		return host == null ? "" : host;
	}

	private static @Nullable String hostOf(String url) {
		try {
			return new URI(url).getHost();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
