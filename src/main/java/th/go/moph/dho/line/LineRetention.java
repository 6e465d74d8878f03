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
 * recognise redeliveries) after 30 days; what was pushed or multicast (status notes to
 * citizens, news) is forgotten {@value #OUTBOUND_DAYS} days after it was queued.
 */
@Component
class LineRetention {

	private static final Logger log = LoggerFactory.getLogger(LineRetention.class);

	static final int OUTBOUND_DAYS = 90;

	private final InboundEvents events;

	private final OutboundQueue outbound;

	private final LineSettings settings;

	private final Clock clock;

	LineRetention(InboundEvents events, OutboundQueue outbound, LineSettings settings, Clock clock) {
		this.events = events;
		this.outbound = outbound;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	void clean() {
		int redacted = this.events.redact(this.clock.instant().minus(this.settings.retention()));
		int purged = this.events.purge(this.clock.instant().minus(Duration.ofDays(30)));
		int sent = this.outbound.purge(this.clock.instant().minus(Duration.ofDays(OUTBOUND_DAYS)));
		if (redacted + purged + sent > 0) {
			log.info("LINE retention: {} events redacted, {} removed, {} outbound messages removed", redacted, purged,
					sent);
		}
	}

}
