package th.go.moph.dho.linelogin;

import org.springframework.stereotype.Component;

import th.go.moph.dho.office.OfficeSettings;

/**
 * Links into the LIFF app, for the rich menu and the buttons of LINE messages: through
 * {@code https://liff.line.me/<liffId>/…} when a LIFF id is configured (opens inside LINE
 * with the user logged in), else the app's own page under {@code /liff/} on the public
 * site (the local simulator).
 */
@Component
public class LiffApp {

	private final LiffSettings settings;

	private final OfficeSettings office;

	LiffApp(LiffSettings settings, OfficeSettings office) {
		this.settings = settings;
		this.office = office;
	}

	/**
	 * @param path a route of the LIFF app, e.g. {@code requests/ER-2569-000123} or
	 * {@code ""} for its start page; a leading slash is optional
	 * @return the absolute URL that opens it
	 */
	public String url(String path) {
		String route = path.startsWith("/") ? path.substring(1) : path;
		if (this.settings.hasLiffId()) {
			return "https://liff.line.me/" + this.settings.liffId().strip() + (route.isEmpty() ? "" : "/" + route);
		}
		return this.office.absoluteUrl("/liff/" + route);
	}

}
