package th.go.moph.dho.publishing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import th.go.moph.dho.catalog.Section;

/**
 * A live item as lists, cards and feeds show it.
 */
public record PublishedSummary(long id, Section section, String title, @Nullable String summary,
		@Nullable PublicFile image, Instant publishedAt) {

	public String path() {
		return pathOf(this.section, this.id);
	}

	static String pathOf(Section section, long id) {
		return section.path() + "/" + id;
	}

}
