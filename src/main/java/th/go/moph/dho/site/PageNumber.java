package th.go.moph.dho.site;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedSummary;

/**
 * Page numbers as people and crawlers type them: 1-based; anything that is not a positive
 * number means the first page, and a number past the end means the last page.
 */
final class PageNumber {

	static final int PAGE_SIZE = 10;

	private static final int MAX_DIGITS = 6;

	private PageNumber() {
	}

	/** A 1-based page number from a request parameter, never below 1. */
	static int parse(@Nullable String raw) {
		if (raw == null) {
			return 1;
		}
		String value = raw.strip();
		if (value.isEmpty() || value.length() > MAX_DIGITS || !value.chars().allMatch(Character::isDigit)) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(value));
	}

	/** A page of these sections' items; a page past the end gives the last page. */
	static Page<PublishedSummary> load(PublishedContent content, List<String> sectionSlugs, int pageNumber) {
		Page<PublishedSummary> result = content.page(sectionSlugs, PageRequest.of(pageNumber - 1, PAGE_SIZE));
		if (result.getContent().isEmpty() && pageNumber > result.getTotalPages() && result.getTotalPages() > 0) {
			result = content.page(sectionSlugs, PageRequest.of(result.getTotalPages() - 1, PAGE_SIZE));
		}
		return result;
	}

	static Pager pager(Page<?> page) {
		return new Pager(page.getNumber() + 1, Math.max(1, page.getTotalPages()));
	}

}
