package th.go.moph.dho.publishing.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import th.go.moph.dho.catalog.Category;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.catalog.UpdateCycle;
import th.go.moph.dho.publishing.PublishedContent.SectionActivity;
import th.go.moph.dho.thai.ThaiDates;

/**
 * Whether each section of the catalog that staff write is on the site and fresh enough
 * for its update cycle: a section with nothing published is missing; one whose newest
 * item is older than its cycle (a month, a quarter, a year) is overdue; a section updated
 * only when it changes ({@link UpdateCycle#NONE}) is never overdue once published. A pure
 * function of the catalog, the activity and the day.
 */
public final class ComplianceCheck {

	private ComplianceCheck() {
	}

	public static Compliance check(List<Category> categories, Map<String, SectionActivity> activity, LocalDate today) {
		List<Compliance.CategoryRows> rows = categories.stream()
			.map(c -> new Compliance.CategoryRows(c,
					c.sections()
						.stream()
						.filter(s -> s.kind().isAuthored())
						.map(s -> check(s, activity.get(s.slug()), today))
						.toList()))
			.filter(c -> !c.sections().isEmpty())
			.toList();
		return new Compliance(today, ThaiDates.fiscalYear(today), rows);
	}

	public static SectionCompliance check(Section section, @Nullable SectionActivity activity, LocalDate today) {
		if (activity == null) {
			return new SectionCompliance(section, ComplianceStatus.MISSING, 0, null, null);
		}
		LocalDate last = day(activity.lastPublishedAt());
		LocalDate due = section.updateCycle().period().map(last::plus).orElse(null);
		ComplianceStatus status = (due != null && today.isAfter(due)) ? ComplianceStatus.OVERDUE
				: ComplianceStatus.UP_TO_DATE;
		return new SectionCompliance(section, status, activity.count(), last, due);
	}

	private static LocalDate day(Instant instant) {
		return ThaiDates.toLocal(instant).toLocalDate();
	}

	/** Where a section stands. */
	public enum ComplianceStatus {

		UP_TO_DATE, OVERDUE, MISSING;

		public String messageKey() {
			return "evidence.compliance.status." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * One section's standing.
	 *
	 * @param section the section
	 * @param status up to date, overdue or missing
	 * @param liveItems how many items of it are on the site
	 * @param lastUpdated the day its newest item went live, {@code null} when missing
	 * @param dueBy the last day before it is overdue, {@code null} when it has no cycle
	 * or is missing
	 */
	public record SectionCompliance(Section section, ComplianceStatus status, long liveItems,
			@Nullable LocalDate lastUpdated, @Nullable LocalDate dueBy) {

		public boolean upToDate() {
			return this.status == ComplianceStatus.UP_TO_DATE;
		}

	}

	/**
	 * The whole catalog's standing on a day.
	 *
	 * @param today the day checked
	 * @param fiscalYear the Buddhist-era fiscal year of that day
	 * @param categories the categories with their authored sections
	 */
	public record Compliance(LocalDate today, int fiscalYear, List<CategoryRows> categories) {

		public List<SectionCompliance> sections() {
			return this.categories.stream().flatMap(c -> c.sections().stream()).toList();
		}

		public long upToDate() {
			return sections().stream().filter(SectionCompliance::upToDate).count();
		}

		public long count(ComplianceStatus status) {
			return sections().stream().filter(s -> s.status() == status).count();
		}

		public long missing() {
			return count(ComplianceStatus.MISSING);
		}

		public long overdue() {
			return count(ComplianceStatus.OVERDUE);
		}

		public int total() {
			return sections().size();
		}

		/** A category with its sections' standing. */
		public record CategoryRows(Category category, List<SectionCompliance> sections) {
		}

	}

}
