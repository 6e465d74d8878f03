package th.go.moph.dho.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Section;

/**
 * What the public may see: items that are published, have a live revision and are inside
 * their publish window at this moment. The site, the LINE bot and the assistant read
 * content only through here. The lists everyone asks for (a section, the newest items, a
 * page of them) come from the {@link LiveContentCache} without touching the database.
 */
@Service
public class PublishedContent {

	private final ContentItemRepository items;

	private final ContentRevisionRepository revisions;

	private final AttachmentStorage storage;

	private final Catalog catalog;

	private final Markdown markdown;

	private final LiveContentCache cache;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	PublishedContent(ContentItemRepository items, ContentRevisionRepository revisions, AttachmentStorage storage,
			Catalog catalog, Markdown markdown, LiveContentCache cache, PlatformTransactionManager transactions,
			Clock clock) {
		this.items = items;
		this.revisions = revisions;
		this.storage = storage;
		this.catalog = catalog;
		this.markdown = markdown;
		this.cache = cache;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<PublishedItem> find(long id) {
		return this.items.findLive(id, now()).map(this::toItem);
	}

	@Transactional(readOnly = true)
	public PublishedItem get(long id) {
		return find(id).orElseThrow(() -> new ItemNotFoundException("item " + id));
	}

	/** An item by its import key, e.g. an FAQ entry's slug. */
	@Transactional(readOnly = true)
	public Optional<PublishedItem> findBySlug(String slug) {
		return this.items.findLiveBySlug(slug, now()).map(this::toItem);
	}

	/** Every live item of a section, newest first, in full. */
	public List<PublishedItem> section(String sectionSlug) {
		Section section = this.catalog.section(sectionSlug);
		return this.cache.get(List.of("section", sectionSlug), () -> read(
				() -> this.items.findLiveInSection(section.id(), now()).stream().map(this::toItem).toList()));
	}

	/** The newest live items of these sections. */
	public List<PublishedSummary> latest(Collection<String> sectionSlugs, int limit) {
		return this.cache.get(List.of("latest", List.copyOf(sectionSlugs), limit),
				() -> List.copyOf(page(sectionSlugs, PageRequest.of(0, limit)).getContent()));
	}

	/** A page of live items of these sections, newest first. */
	public Page<PublishedSummary> page(Collection<String> sectionSlugs, Pageable pageable) {
		List<Integer> ids = sectionSlugs.stream().map(s -> this.catalog.section(s).id()).toList();
		List<Object> key = List.of("page", ids, pageable.getPageNumber(), pageable.getPageSize(),
				pageable.getSort().toString());
		return this.cache.get(key, () -> read(() -> {
			Page<LiveRow> rows = this.items.findLiveInSections(ids, now(), pageable);
			Map<Long, PublicFile> images = firstImages(rows.getContent());
			return rows.map(row -> toSummary(row, images.get(row.revision().getId())));
		}));
	}

	/** Every live item in full: for the assistant's index and the sitemap. */
	@Transactional(readOnly = true)
	public List<PublishedItem> all() {
		return this.items.findAllLive(now()).stream().map(this::toItem).toList();
	}

	/** A plain text search over titles, summaries and bodies. */
	@Transactional(readOnly = true)
	public List<PublishedSummary> search(String text, int limit) {
		String needle = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		if (needle.isEmpty()) {
			return List.of();
		}
		List<LiveRow> rows = this.items.searchLive("%" + needle + "%", now(), PageRequest.of(0, limit));
		Map<Long, PublicFile> images = firstImages(rows);
		return rows.stream().map(row -> toSummary(row, images.get(row.revision().getId()))).toList();
	}

	/** For each section slug with live items: how many and when the newest went live. */
	public Map<String, SectionActivity> activityBySection() {
		return this.cache.get("activity", () -> {
			Map<String, SectionActivity> result = new HashMap<>();
			for (Object[] row : this.items.summarizeLiveBySection(now())) {
				Section section = this.catalog.section(((Number) row[0]).intValue());
				result.put(section.slug(), new SectionActivity(((Number) row[2]).longValue(), (Instant) row[1]));
			}
			return Map.copyOf(result);
		});
	}

	/**
	 * A file of a live item; files of drafts, older revisions or withdrawn items are not
	 * public.
	 */
	@Transactional(readOnly = true)
	public Optional<PublicDownload> download(long attachmentId) {
		return this.items.findLiveOwningAttachment(attachmentId, now())
			.flatMap(row -> row.revision()
				.getAttachments()
				.stream()
				.filter(a -> Objects.equals(a.getId(), attachmentId))
				.findFirst())
			.map(a -> new PublicDownload(toFile(a), this.storage.load(a.getStorageKey())));
	}

	private <T> T read(Supplier<T> query) {
		return Objects.requireNonNull(this.readOnly.execute(status -> query.get()));
	}

	private Map<Long, PublicFile> firstImages(List<LiveRow> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		List<Long> revisionIds = rows.stream().map(r -> r.revision().getId()).filter(Objects::nonNull).toList();
		return this.revisions.findAttachmentsOfRevisions(revisionIds)
			.stream()
			.filter(a -> a.getKind() == AttachmentKind.IMAGE)
			.collect(Collectors.toMap(Attachment::getRevisionId, PublishedContent::toFile, (first, other) -> first));
	}

	private PublishedSummary toSummary(LiveRow row, @Nullable PublicFile image) {
		ContentRevision r = row.revision();
		return new PublishedSummary(row.item().id(), this.catalog.section(row.item().getSectionId()), r.getTitle(),
				r.getSummary(), image, Objects.requireNonNull(row.item().getPublishAt()));
	}

	PublishedItem toItem(LiveRow row) {
		ContentItem item = row.item();
		ContentRevision r = row.revision();
		String body = r.getBodyMarkdown() == null ? "" : r.getBodyMarkdown();
		PublishedItem.Person person = r.getPersonName() == null ? null
				: new PublishedItem.Person(r.getPersonName(), r.getPersonPosition(), r.getPersonPhone());
		PublishedItem.Procurement procurement = (r.getProcurementMethod() == null && r.getBudgetAmount() == null
				&& r.getWinnerName() == null && r.getContractAmount() == null) ? null
						: new PublishedItem.Procurement(r.getProcurementMethod(), r.getBudgetAmount(),
								r.getWinnerName(), r.getContractAmount(), r.getAnnouncedOn(), r.getContractDate());
		List<PublishedItem.Step> steps = r.getSteps()
			.stream()
			.map(s -> new PublishedItem.Step(s.getPosition(), s.getTitle(), s.getDescription(), s.getDuration()))
			.toList();
		List<PublicFile> files = r.getAttachments()
			.stream()
			.filter(a -> a.getKind() == AttachmentKind.FILE)
			.map(PublishedContent::toFile)
			.toList();
		List<PublicFile> images = r.getAttachments()
			.stream()
			.filter(a -> a.getKind() == AttachmentKind.IMAGE)
			.map(PublishedContent::toFile)
			.toList();
		Instant publishedAt = Objects
			.requireNonNull(item.getLastPublishedAt() != null ? item.getLastPublishedAt() : item.getPublishAt());
		return new PublishedItem(item.id(), item.getSlug(), this.catalog.section(item.getSectionId()), r.getTitle(),
				r.getSummary(), this.markdown.toSafeHtml(body), this.markdown.toPlainText(body), r.getSourceName(),
				r.getSourceUrl(), r.getInformationAt(), r.getFiscalYear(), r.getLinkUrl(), person, procurement,
				r.faqKeywordList(), r.faqQuestionList(), steps, files, images, r.getRevisionNumber(), publishedAt,
				Objects.requireNonNullElse(item.getFirstPublishedAt(), publishedAt));
	}

	private static PublicFile toFile(Attachment a) {
		return new PublicFile(Objects.requireNonNull(a.getId()), a.getOriginalName(), a.getMediaType(),
				a.getSizeBytes(), a.getSha256(), a.getAltText());
	}

	private Instant now() {
		return this.clock.instant();
	}

	/** How many live items a section has and when the newest went live. */
	public record SectionActivity(long count, Instant lastPublishedAt) {
	}

}
