package th.go.moph.dho.eservice;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * e-Services ({@code dho.eservice.*}).
 *
 * @param retentionAfterClosing how long after a request is closed its personal data is
 * kept (answers marked personal, free text the citizen wrote, files, LINE id, access
 * code); then the nightly job erases them and keeps only the service, dates and statuses
 * for statistics. Two years cover the fiscal year it closed in and the following audit.
 * @param maxFileSize the largest file a citizen may send
 * @param maxFilesPerField how many files one photo or file question takes
 * @param trackingAttemptsPerHour wrong tracking number/access code pairs accepted per
 * client per hour before the tracking page answers "try later"
 * @param webSubmissionsPerHour requests one client may file from the website per hour
 * @param trackingPrefix the prefix of tracking numbers ({@code ER-2569-000123})
 * @param retentionLease how long the nightly retention job holds its lock
 */
@ConfigurationProperties("dho.eservice")
public record EserviceSettings(@DefaultValue("P2Y") Period retentionAfterClosing,
		@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("5") int maxFilesPerField,
		@DefaultValue("10") int trackingAttemptsPerHour, @DefaultValue("10") int webSubmissionsPerHour,
		@DefaultValue("ER") String trackingPrefix, @DefaultValue("30m") Duration retentionLease) {
}
