package th.go.moph.dho.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Only published items inside their publish window are public, and only the files of
 * their live revisions.
 */
@SpringBootTest
class PublishedContentTests {

	private static final String SECTION = "articles";

	@Autowired
	ContentService content;

	@Autowired
	PublishedContent published;

	@Autowired
	ContentItemRepository items;

	@Autowired
	ContentRevisionRepository revisions;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void showsAPublishedItemEverywhereThePublicLooks() {
		String word = unique();
		ContentRevision revision = draft(word, null, null);
		long id = revision.getItemId();
		this.content.goLive(id(revision));

		assertThat(this.published.find(id)).hasValueSatisfying(item -> {
			assertThat(item.title()).isEqualTo("บทความ " + word);
			assertThat(item.revisionNumber()).isEqualTo(1);
			assertThat(item.bodyHtml()).contains("<strong>").doesNotContain("<script");
		});
		assertThat(this.published.findBySlug(Objects.requireNonNull(this.items.findById(id).orElseThrow().getSlug())))
			.isPresent();
		assertThat(this.published.findBySlug("no-such-slug")).isEmpty();
		assertThat(this.published.section(SECTION)).extracting(PublishedItem::id).contains(id);
		assertThat(this.published.latest(List.of(SECTION), 100)).extracting(PublishedSummary::id).contains(id);
		assertThat(this.published.all()).extracting(PublishedItem::id).contains(id);
		assertThat(this.published.search(word, 10)).extracting(PublishedSummary::id).containsExactly(id);
		assertThat(this.published.search(word.toUpperCase(), 10)).extracting(PublishedSummary::id).containsExactly(id);
		assertThat(this.published.activityBySection()).containsKey(SECTION);
	}

	@Test
	void hidesDraftPendingScheduledExpiredAndWithdrawnItems() {
		Instant now = this.clock.instant();
		String word = unique();

		ContentRevision draft = draft(word, null, null);

		ContentRevision pending = draft(word, null, null);
		ContentItem pendingItem = this.items.findById(pending.getItemId()).orElseThrow();
		pendingItem.setStatus(ItemStatus.PENDING);
		this.items.save(pendingItem);

		ContentRevision scheduled = draft(word, now.plus(Duration.ofDays(1)), null);
		assertThat(this.content.goLive(id(scheduled)).getStatus()).isEqualTo(ItemStatus.SCHEDULED);

		ContentRevision expired = draft(word, now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(1)));
		this.content.goLive(id(expired));

		ContentRevision withdrawn = draft(word, null, null);
		this.content.goLive(id(withdrawn));
		this.content.withdraw(withdrawn.getItemId(), "ข้อมูลไม่เป็นปัจจุบัน");

		ContentRevision visible = draft(word, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)));
		this.content.goLive(id(visible));

		for (ContentRevision hidden : List.of(draft, pending, scheduled, expired, withdrawn)) {
			assertThat(this.published.find(hidden.getItemId())).isEmpty();
		}
		assertThat(this.published.search(word, 50)).extracting(PublishedSummary::id)
			.containsExactly(visible.getItemId());
		assertThat(this.published.page(List.of(SECTION), PageRequest.of(0, 500)).getContent())
			.extracting(PublishedSummary::id)
			.contains(visible.getItemId())
			.doesNotContain(draft.getItemId(), pending.getItemId(), scheduled.getItemId(), expired.getItemId(),
					withdrawn.getItemId());
		assertThat(this.published.all()).extracting(PublishedItem::id)
			.doesNotContain(draft.getItemId(), pending.getItemId(), scheduled.getItemId(), expired.getItemId(),
					withdrawn.getItemId());
	}

	@Test
	void pagesNewestFirst() {
		Instant now = this.clock.instant();
		String word = unique();
		for (int day = 1; day <= 5; day++) {
			this.content.goLive(id(draft(word, now.minus(Duration.ofDays(400 + day)), null)));
		}
		var page = this.published.page(List.of(SECTION), PageRequest.of(0, 2));
		assertThat(page.getContent()).hasSize(2);
		assertThat(page.getTotalElements()).isGreaterThanOrEqualTo(5);
		var all = this.published.page(List.of(SECTION), PageRequest.of(0, 1000)).getContent();
		assertThat(all).extracting(PublishedSummary::publishedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void searchTreatsWildcardsAsText() {
		String word = unique();
		this.content.goLive(id(draft(word, null, null)));
		assertThat(this.published.search("%", 10)).isEmpty();
		assertThat(this.published.search("_", 10)).isEmpty();
		assertThat(this.published.search("   ", 10)).isEmpty();
	}

	@Test
	void downloadsOnlyFilesOfTheLiveRevision() {
		String word = unique();
		// a draft's file is not public
		ContentRevision draft = draft(word, null, null);
		Attachment draftFile = attach(draft, "ร่าง.pdf");
		assertThat(this.published.download(id(draftFile))).isEmpty();

		// revision 1 goes live with its file
		ContentRevision first = draft(word, null, null);
		Attachment firstFile = attach(first, "ฉบับแรก.pdf");
		this.content.goLive(id(first));
		assertThat(this.published.download(id(firstFile))).hasValueSatisfying(download -> {
			assertThat(download.file().name()).isEqualTo("ฉบับแรก.pdf");
			assertThat(download.content().exists()).isTrue();
		});

		// revision 2 replaces it: the older revision's attachment rows are no longer
		// public
		ContentRevision second = nextRevision(first, 2);
		Attachment secondFile = attach(second, "ฉบับที่สอง.pdf");
		this.content.goLive(id(second));
		assertThat(this.published.download(id(firstFile))).isEmpty();
		assertThat(this.published.download(id(secondFile))).isPresent();
		assertThat(this.published.get(first.getItemId()).files()).extracting(PublicFile::name)
			.containsExactly("ฉบับแรก.pdf", "ฉบับที่สอง.pdf");

		// a draft revision 3 of a live item: its new file stays private
		ContentRevision third = nextRevision(second, 3);
		Attachment thirdFile = attach(third, "ร่างฉบับที่สาม.pdf");
		assertThat(this.published.download(id(thirdFile))).isEmpty();

		// withdrawn: nothing is public
		this.content.withdraw(first.getItemId(), "ยกเลิก");
		assertThat(this.published.download(id(secondFile))).isEmpty();
		assertThat(this.published.download(Long.MAX_VALUE)).isEmpty();
	}

	private ContentRevision draft(String word, Instant from, Instant until) {
		ContentFields fields = ContentFields
			.of("บทความ " + word, "สรุป", "**ตัวหนา** คำค้น " + word + " <script>alert(1)</script>")
			.withWindow(from, until);
		return this.content.createDraft(SECTION, "slug-" + word + "-" + UUID.randomUUID(), fields, "tester");
	}

	private ContentRevision nextRevision(ContentRevision previous, int number) {
		return Objects.requireNonNull(new TransactionTemplate(this.transactions)
			.execute(status -> this.revisions.save(this.revisions.findById(id(previous))
				.orElseThrow()
				.copyAsDraft(number, "tester", this.clock.instant()))));
	}

	private Attachment attach(ContentRevision revision, String name) {
		return this.content.attach(id(revision), AttachmentKind.FILE,
				new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8)), name, "application/pdf", null);
	}

	private static long id(ContentRevision revision) {
		return Objects.requireNonNull(revision.getId());
	}

	private static long id(Attachment attachment) {
		return Objects.requireNonNull(attachment.getId());
	}

	private static String unique() {
		return "คำ" + UUID.randomUUID().toString().substring(0, 8);
	}

}
