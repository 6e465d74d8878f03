package th.go.moph.dho.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;

/**
 * The public base URL that every link sent out is built from: the production profile
 * refuses to start without {@code DHO_BASE_URL} and says what to set; a plain http
 * address is warned about, since LINE shows no image from it.
 */
@ExtendWith(OutputCaptureExtension.class)
class BaseUrlTests {

	@EnableConfigurationProperties(OfficeSettings.class)
	@Import(BaseUrlCheck.class)
	static class OfficeOnly {

	}

	@Test
	void productionProfileRefusesToStartWithoutDhoBaseUrlAndSaysWhatToSet(CapturedOutput output) {
		assertThatThrownBy(() -> start("mysql"))
			.satisfies(ex -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
				.isInstanceOf(BaseUrlMissingException.class));
		assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
			.contains("The public base URL of the website is missing")
			.contains("Set the environment variable DHO_BASE_URL");
	}

	@Test
	void productionProfileStartsWithDhoBaseUrl() {
		try (ConfigurableApplicationContext context = start("mysql", "--DHO_BASE_URL=https://dho.example.go.th")) {
			assertThat(context.getBean(OfficeSettings.class).absoluteUrl("/news"))
				.isEqualTo("https://dho.example.go.th/news");
		}
	}

	@Test
	void embeddedRunStartsOnLocalhostAndSaysSo(CapturedOutput output) {
		try (ConfigurableApplicationContext context = start("default")) {
			assertThat(context.getBean(OfficeSettings.class).isLocalBaseUrl()).isTrue();
		}
		assertThat(output.getOut()).contains("not https").contains("will point to this computer");
	}

	@Test
	void warnsAtStartWhenTheBaseUrlIsNotHttps(CapturedOutput output) {
		new BaseUrlCheck(office("http://dho.example.go.th"));
		assertThat(output.getOut()).contains("not https: LINE shows no image from a plain http address");
		int before = output.getOut().length();
		new BaseUrlCheck(office("https://dho.example.go.th"));
		assertThat(output.getOut().substring(before)).doesNotContain("not https");
	}

	@Test
	void refusesABaseUrlThatIsNoAbsoluteAddress() {
		assertThatThrownBy(() -> new BaseUrlCheck(office("dho.example.go.th")))
			.isInstanceOf(BaseUrlMissingException.class);
		assertThatThrownBy(() -> new BaseUrlCheck(office("ftp://dho.example.go.th")))
			.isInstanceOf(BaseUrlMissingException.class);
	}

	@Test
	void tellsALocalBaseUrlFromAPublicOne() {
		assertThat(office("http://localhost:8080").isLocalBaseUrl()).isTrue();
		assertThat(office("http://127.0.0.1:8086/").isLocalBaseUrl()).isTrue();
		assertThat(office("https://thungtako.example.go.th").isLocalBaseUrl()).isFalse();
	}

	static OfficeSettings office(String baseUrl) {
		return new OfficeSettings("สำนักงานสาธารณสุขอำเภอทุ่งตะโก", "Thung Tako District Public Health Office",
				"สสอ.ทุ่งตะโก", "", "ที่อยู่", "", "077-000-000", "", "a@example.go.th", 10.1, 99.1, "/images/logo.svg",
				baseUrl, "");
	}

	private static ConfigurableApplicationContext start(String profile, String... args) {
		return new SpringApplicationBuilder(OfficeOnly.class).web(WebApplicationType.NONE).profiles(profile).run(args);
	}

}
