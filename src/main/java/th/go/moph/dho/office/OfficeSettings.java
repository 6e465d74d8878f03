package th.go.moph.dho.office;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * Who the office is ({@code dho.office.*}). Every page, LINE message and form takes the
 * office's name and contacts from here, never from code.
 *
 * @param nameTh full Thai name, e.g. สำนักงานสาธารณสุขอำเภอทุ่งตะโก
 * @param nameEn full English name
 * @param shortNameTh short Thai name, e.g. สสอ.ทุ่งตะโก
 * @param parentTh the provincial office it reports to
 * @param addressTh postal address in Thai
 * @param addressEn postal address in English
 * @param phone phone number as people dial it
 * @param fax fax number
 * @param email public email address
 * @param latitude WGS84 latitude of the office
 * @param longitude WGS84 longitude of the office
 * @param logo path of the logo image on this site
 * @param baseUrl the public site's absolute base URL, for links in LINE, feeds, sitemaps
 * and evidence forms; checked at start ({@code BaseUrlCheck})
 * @param officeHoursTh office hours in Thai
 * @param lineId the LINE official account's ID, e.g. {@code @123abcde}; the site shows it
 * with an add-friend link and QR code, and hides them when it is not set
 */
@Validated
@ConfigurationProperties("dho.office")
public record OfficeSettings(@NotBlank String nameTh, @NotBlank String nameEn, @NotBlank String shortNameTh,
		String parentTh, @NotBlank String addressTh, String addressEn, @NotBlank String phone, String fax,
		@NotBlank String email, double latitude, double longitude, String logo, String baseUrl, String officeHoursTh,
		@Nullable String lineId) {

	/** The constructor settings are bound with (there is a shorter one for code). */
	@ConstructorBinding
	public OfficeSettings {
	}

	/** Without a LINE official account. */
	public OfficeSettings(String nameTh, String nameEn, String shortNameTh, String parentTh, String addressTh,
			String addressEn, String phone, String fax, String email, double latitude, double longitude, String logo,
			String baseUrl, String officeHoursTh) {
		this(nameTh, nameEn, shortNameTh, parentTh, addressTh, addressEn, phone, fax, email, latitude, longitude, logo,
				baseUrl, officeHoursTh, null);
	}

	/** Whether the office has a LINE official account to show. */
	public boolean hasLineId() {
		return this.lineId != null && !this.lineId.isBlank();
	}

	/**
	 * LINE's add-friend link for the account: {@code https://line.me/R/ti/p/%40123abcde}
	 * (the ID URL-encoded); empty without a LINE ID.
	 */
	public String lineAddFriendUrl() {
		if (this.lineId == null || this.lineId.isBlank()) {
			return "";
		}
		return "https://line.me/R/ti/p/"
				+ java.net.URLEncoder.encode(this.lineId.strip(), java.nio.charset.StandardCharsets.UTF_8)
					.replace("+", "%20");
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameTh;
	}

	public String address(Locale locale) {
		return "en".equals(locale.getLanguage()) && this.addressEn != null && !this.addressEn.isBlank() ? this.addressEn
				: this.addressTh;
	}

	/**
	 * An absolute URL on the public site for a path such as
	 * {@code /public-relations/news/12}.
	 */
	public String absoluteUrl(String path) {
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + (path.startsWith("/") ? path : "/" + path);
	}

	/**
	 * Whether the base URL points to this computer (the embedded run's default), so that
	 * links sent out would say localhost.
	 */
	public boolean isLocalBaseUrl() {
		try {
			String host = java.net.URI.create(this.baseUrl.strip()).getHost();
			return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
					|| host.equals("0.0.0.0");
		}
		catch (IllegalArgumentException ex) {
			return true;
		}
	}

	/** The phone number with only digits and a leading plus, for {@code tel:} links. */
	public String phoneDial() {
		return this.phone.replaceAll("[^0-9+]", "");
	}

	/** A link to the office on OpenStreetMap, for people who want a full map. */
	public String openStreetMapUrl() {
		return "https://www.openstreetmap.org/?mlat=" + this.latitude + "&mlon=" + this.longitude + "#map=16/"
				+ this.latitude + "/" + this.longitude;
	}

}
