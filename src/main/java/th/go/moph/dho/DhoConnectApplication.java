package th.go.moph.dho;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * DHO Connect: the LINE official account, public website and staff workspace of a
 * District Public Health Office.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = { "thai", "office" })
public class DhoConnectApplication {

	public static void main(String[] args) {
		SpringApplication.run(DhoConnectApplication.class, args);
	}

	/** The one clock every module asks for the time, so tests can fix it. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
