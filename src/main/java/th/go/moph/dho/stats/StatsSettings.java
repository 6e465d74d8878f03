package th.go.moph.dho.stats;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Visit counting ({@code dho.stats.*}).
 *
 * @param enabled whether page views are counted at all (off for a benchmark comparison)
 * @param flushInterval how often the in-memory counts are added to the database; at most
 * this much counting is lost if the process dies
 * @param maxPathsPerDay distinct paths counted per day; further paths count as "other"
 */
@ConfigurationProperties("dho.stats")
record StatsSettings(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration flushInterval,
		@DefaultValue("500") int maxPathsPerDay) {
}
