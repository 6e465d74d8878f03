package th.go.moph.dho.publishing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Items, and the queries that select what the public may see: published, with a live
 * revision, inside their publish window.
 */
public interface ContentItemRepository extends JpaRepository<ContentItem, Long> {

	String LIVE = "FROM ContentItem i JOIN ContentRevision r ON r.id = i.liveRevisionId "
			+ "WHERE i.status = th.go.moph.dho.publishing.ItemStatus.PUBLISHED AND i.publishAt <= :now "
			+ "AND (i.unpublishAt IS NULL OR i.unpublishAt > :now)";

	@Query("SELECT new th.go.moph.dho.publishing.LiveRow(i, r) " + LIVE + " AND i.id = :id")
	Optional<LiveRow> findLive(@Param("id") long id, @Param("now") Instant now);

	@Query("SELECT new th.go.moph.dho.publishing.LiveRow(i, r) " + LIVE + " AND i.slug = :slug")
	Optional<LiveRow> findLiveBySlug(@Param("slug") String slug, @Param("now") Instant now);

	@Query(value = "SELECT new th.go.moph.dho.publishing.LiveRow(i, r) " + LIVE
			+ " AND i.sectionId IN :sections ORDER BY i.publishAt DESC, i.id DESC",
			countQuery = "SELECT COUNT(i) " + LIVE + " AND i.sectionId IN :sections")
	Page<LiveRow> findLiveInSections(@Param("sections") Collection<Integer> sectionIds, @Param("now") Instant now,
			Pageable pageable);

	@Query("SELECT new th.go.moph.dho.publishing.LiveRow(i, r) " + LIVE
			+ " AND i.sectionId = :section ORDER BY i.publishAt DESC, i.id DESC")
	List<LiveRow> findLiveInSection(@Param("section") int sectionId, @Param("now") Instant now);

	@Query("SELECT new th.go.moph.dho.publishing.LiveRow(i, r) " + LIVE + " ORDER BY i.id")
	List<LiveRow> findAllLive(@Param("now") Instant now);

	@Query("SELECT new th.go.moph.dho.publishing.LiveRow(i, r) " + LIVE
			+ " AND (LOWER(r.title) LIKE :pattern OR LOWER(r.summary) LIKE :pattern OR LOWER(r.bodyMarkdown) LIKE :pattern)"
			+ " ORDER BY i.publishAt DESC")
	List<LiveRow> searchLive(@Param("pattern") String pattern, @Param("now") Instant now, Pageable pageable);

	@Query("SELECT i.sectionId, MAX(i.lastPublishedAt), COUNT(i) " + LIVE + " GROUP BY i.sectionId")
	List<Object[]> summarizeLiveBySection(@Param("now") Instant now);

	@Query("SELECT new th.go.moph.dho.publishing.LiveRow(i, r) " + LIVE + " AND r.id = "
			+ "(SELECT a.revisionId FROM Attachment a WHERE a.id = :attachmentId)")
	Optional<LiveRow> findLiveOwningAttachment(@Param("attachmentId") long attachmentId, @Param("now") Instant now);

	/** The next moment a live item's publish window opens, for caches of live content. */
	@Query("SELECT MIN(i.publishAt) FROM ContentItem i WHERE i.status = th.go.moph.dho.publishing.ItemStatus.PUBLISHED "
			+ "AND i.publishAt > :now")
	Optional<Instant> nextWindowOpening(@Param("now") Instant now);

	/**
	 * The next moment a live item's publish window closes, for caches of live content.
	 */
	@Query("SELECT MIN(i.unpublishAt) FROM ContentItem i WHERE i.status = th.go.moph.dho.publishing.ItemStatus.PUBLISHED "
			+ "AND i.unpublishAt > :now")
	Optional<Instant> nextWindowClosing(@Param("now") Instant now);

	List<ContentItem> findByStatusAndPublishAtLessThanEqual(ItemStatus status, Instant now);

	@Query("SELECT i FROM ContentItem i WHERE i.status = th.go.moph.dho.publishing.ItemStatus.PUBLISHED "
			+ "AND i.unpublishAt IS NOT NULL AND i.unpublishAt <= :now")
	List<ContentItem> findPublishedPastUnpublishAt(@Param("now") Instant now);

	Optional<ContentItem> findBySlug(String slug);

}
