package th.go.moph.dho.publishing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import th.go.moph.dho.catalog.ContentKind;
import th.go.moph.dho.catalog.Section;

/**
 * Everything the public may see of one live item, body already rendered to safe HTML.
 */
public record PublishedItem(long id, @Nullable String slug, Section section, String title, @Nullable String summary,
		String bodyHtml, String bodyText, @Nullable String sourceName, @Nullable String sourceUrl,
		@Nullable LocalDateTime informationAt, @Nullable Integer fiscalYear, @Nullable String linkUrl,
		@Nullable Person person, @Nullable Procurement procurement, List<String> faqKeywords, List<String> faqQuestions,
		List<Step> steps, List<PublicFile> files, List<PublicFile> images, int revisionNumber, Instant publishedAt,
		Instant firstPublishedAt) {

	public ContentKind kind() {
		return this.section.kind();
	}

	/**
	 * The item's stable address on the public site: {@code /public-relations/news/42}.
	 */
	public String path() {
		return PublishedSummary.pathOf(this.section, this.id);
	}

	public Optional<PublicFile> mainImage() {
		return this.images.stream().findFirst();
	}

	/** Who an executive or contact item is about. */
	public record Person(String name, @Nullable String position, @Nullable String phone) {
	}

	/** The procurement facts of an announcement or result. */
	public record Procurement(@Nullable String method, @Nullable BigDecimal budgetAmount, @Nullable String winnerName,
			@Nullable BigDecimal contractAmount, @Nullable LocalDate announcedOn, @Nullable LocalDate contractDate) {
	}

	/** One step of a manual or guide. */
	public record Step(int position, String title, @Nullable String description, String duration) {
	}

}
