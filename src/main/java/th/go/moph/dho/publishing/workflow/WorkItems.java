package th.go.moph.dho.publishing.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.publishing.ContentItem;
import th.go.moph.dho.publishing.ContentItemRepository;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentRevisionRepository;
import th.go.moph.dho.publishing.ItemStatus;
import th.go.moph.dho.publishing.RevisionStatus;

/**
 * The staff lists: everything, mine, waiting for approval, and the counts of the staff
 * home.
 */
@Service
@Transactional(readOnly = true)
class WorkItems {

	private final ContentItemRepository items;

	private final ContentRevisionRepository revisions;

	private final Catalog catalog;

	private final Clock clock;

	WorkItems(ContentItemRepository items, ContentRevisionRepository revisions, Catalog catalog, Clock clock) {
		this.items = items;
		this.revisions = revisions;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * A revision with its steps and files loaded, for screens rendered after the
	 * transaction.
	 */
	Optional<ContentRevision> revision(long revisionId) {
		return this.revisions.findById(revisionId).map(WorkItems::loaded);
	}

	/** Every revision of an item, newest first, with steps and files loaded. */
	List<ContentRevision> revisionsOf(long itemId) {
		return this.revisions.findByItemIdOrderByRevisionNumberDesc(itemId).stream().map(WorkItems::loaded).toList();
	}

	private static ContentRevision loaded(ContentRevision revision) {
		Hibernate.initialize(revision.getSteps());
		Hibernate.initialize(revision.getAttachments());
		return revision;
	}

	List<WorkItem> all() {
		return toWorkItems(this.revisions.findLatestOfEachItem());
	}

	List<WorkItem> mine(String username) {
		return all().stream().filter(w -> w.isMine(username)).toList();
	}

	List<WorkItem> pending() {
		return toWorkItems(this.revisions.findByStatusOrderBySubmittedAtAsc(RevisionStatus.PENDING));
	}

	Counts counts(String username) {
		List<WorkItem> all = all();
		List<WorkItem> mine = all.stream().filter(w -> w.isMine(username)).toList();
		Instant monthAgo = this.clock.instant().minus(Duration.ofDays(30));
		return new Counts(count(mine, RevisionStatus.DRAFT), count(mine, RevisionStatus.RETURNED),
				count(mine, RevisionStatus.PENDING), count(all, RevisionStatus.PENDING),
				all.stream().filter(w -> w.itemStatus() == ItemStatus.SCHEDULED).count(),
				this.items.findAll()
					.stream()
					.filter(i -> i.getStatus() == ItemStatus.PUBLISHED && i.getLastPublishedAt() != null
							&& i.getLastPublishedAt().isAfter(monthAgo))
					.count());
	}

	private static long count(List<WorkItem> items, RevisionStatus status) {
		return items.stream().filter(w -> w.revisionStatus() == status).count();
	}

	private List<WorkItem> toWorkItems(List<ContentRevision> latest) {
		Map<Long, ContentItem> byId = this.items
			.findAllById(latest.stream().map(ContentRevision::getItemId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(ContentItem::id, Function.identity()));
		return latest.stream().map(r -> {
			ContentItem item = Objects.requireNonNull(byId.get(r.getItemId()));
			return new WorkItem(item.id(), Objects.requireNonNull(r.getId()), r.getRevisionNumber(), r.getTitle(),
					this.catalog.section(item.getSectionId()), item.getStatus(), r.getStatus(), r.getAuthor(),
					r.getSubmittedBy(), r.getSubmittedAt(), r.getUpdatedAt(), r.getReviewComment(),
					item.getLiveRevisionId());
		}).toList();
	}

	/** The staff home's counts: the user's own work and the office's. */
	record Counts(long myDrafts, long myReturned, long myPending, long pending, long scheduled,
			long recentlyPublished) {
	}

}
