package th.go.moph.dho.stats;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Visit counting ({@code dho.stats.*}).
 *
 * @param enabled whether page views are counted at all (off for a benchmark comparison)
 * @param flushInterval how often the in-memory counts are added to the database; at most
 * this much counting is lost if the process dies
 * @param maxPathsPerDay distinct paths counted per day; further paths count as "other"
 * @param maxViewsPerVisitorPage views of one page by one visitor a day that count in the
 * public figures; further views count only in the raw figure
 * @param maxTrackedVisitorPages visitor-and-page pairs remembered a day to apply that cap
 * (about 100 bytes each); pairs beyond it are counted without the cap
 */
@ConfigurationProperties("dho.stats")
record StatsSettings(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration flushInterval,
		@DefaultValue("500") int maxPathsPerDay, @DefaultValue("20") int maxViewsPerVisitorPage,
		@DefaultValue("200000") int maxTrackedVisitorPages) {

	@ConstructorBinding
	StatsSettings {
	}

	/** With the default cap (20 views of a page by a visitor a day, 200,000 pairs). */
	StatsSettings(boolean enabled, Duration flushInterval, int maxPathsPerDay) {
		this(enabled, flushInterval, maxPathsPerDay, 20, 200_000);
	}

}
