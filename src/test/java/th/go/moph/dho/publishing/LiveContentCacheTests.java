package th.go.moph.dho.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

import th.go.moph.dho.MutableClock;

/**
 * The lists everyone reads come from the cache, and the cache never shows the public
 * anything the database would not: a publication, a withdrawal, a window that opens or
 * closes, and at the latest {@link LiveContentCache#MAX_AGE} after a change made behind
 * the application's back.
 */
@SpringBootTest
@Import(MutableClock.Config.class)
class LiveContentCacheTests {

	private static final String SECTION = "infographics";

	@Autowired
	ContentService content;

	@Autowired
	PublishedContent published;

	@Autowired
	ContentItemRepository items;

	@Autowired
	MutableClock clock;

	@Test
	void servesTheSameListUntilAPublicationChangesIt() {
		goLive(null, null);
		List<PublishedSummary> first = this.published.latest(List.of(SECTION), 50);
		assertThat(this.published.latest(List.of(SECTION), 50)).isSameAs(first);

		long added = goLive(null, null);
		List<PublishedSummary> after = this.published.latest(List.of(SECTION), 50);
		assertThat(after).isNotSameAs(first);
		assertThat(after).extracting(PublishedSummary::id).contains(added);
	}

	@Test
	void dropsAnItemWhenItIsWithdrawn() {
		long id = goLive(null, null);
		assertThat(this.published.section(SECTION)).extracting(PublishedItem::id).contains(id);
		this.content.withdraw(id, "ข้อมูลเก่า");
		assertThat(this.published.section(SECTION)).extracting(PublishedItem::id).doesNotContain(id);
		assertThat(this.published.page(List.of(SECTION), PageRequest.of(0, 100)).getContent())
			.extracting(PublishedSummary::id)
			.doesNotContain(id);
	}

	@Test
	void dropsAnItemTheMomentItsPublishWindowClosesWithoutAnyEvent() {
		Instant now = this.clock.instant();
		long id = goLive(now.minus(Duration.ofDays(1)), now.plus(Duration.ofMinutes(3)));
		assertThat(this.published.section(SECTION)).extracting(PublishedItem::id).contains(id);

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.published.section(SECTION)).extracting(PublishedItem::id).contains(id);

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(this.published.section(SECTION)).extracting(PublishedItem::id).doesNotContain(id);
	}

	@Test
	void showsAChangeMadeBehindTheApplicationsBackWithinTheMaximumAge() {
		long id = goLive(null, null);
		assertThat(this.published.section(SECTION)).extracting(PublishedItem::id).contains(id);
		ContentItem item = this.items.findById(id).orElseThrow();
		item.setStatus(ItemStatus.WITHDRAWN);
		this.items.save(item);

		this.clock.advance(LiveContentCache.MAX_AGE.plusSeconds(1));
		assertThat(this.published.section(SECTION)).extracting(PublishedItem::id).doesNotContain(id);
	}

	@Test
	void handsOutListsNobodyCanChange() {
		goLive(null, null);
		List<PublishedItem> section = this.published.section(SECTION);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(section::clear);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.published.activityBySection().clear());
	}

	private long goLive(Instant from, Instant until) {
		ContentFields fields = ContentFields.of("อินโฟกราฟิก " + UUID.randomUUID(), "สรุป", "เนื้อหา")
			.withSource("กรมควบคุมโรค", "https://ddc.moph.go.th", LocalDateTime.of(2026, 3, 1, 9, 0))
			.withWindow(from, until);
		ContentRevision draft = this.content.createDraft(SECTION, null, fields, "tester");
		this.content.goLive(Objects.requireNonNull(draft.getId()));
		return draft.getItemId();
	}

}
