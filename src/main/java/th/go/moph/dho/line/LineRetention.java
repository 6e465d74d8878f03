package th.go.moph.dho.line;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps citizens' messages only as long as needed: the raw JSON of processed events is
 * removed after {@code dho.line.retention} (7 days), and the rows themselves (kept to
 * recognise redeliveries) after 30 days.
 */
@Component
class LineRetention {

	private static final Logger log = LoggerFactory.getLogger(LineRetention.class);

	private final InboundEvents events;

	private final LineSettings settings;

	private final Clock clock;

	LineRetention(InboundEvents events, LineSettings settings, Clock clock) {
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void clean() {
		int redacted = this.events.redact(this.clock.instant().minus(this.settings.retention()));
		int purged = this.events.purge(this.clock.instant().minus(Duration.ofDays(30)));
		if (redacted + purged > 0) {
			log.info("LINE retention: {} events redacted, {} removed", redacted, purged);
		}
	}

}
