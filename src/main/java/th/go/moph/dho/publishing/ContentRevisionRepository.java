package th.go.moph.dho.publishing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Revisions of items, every one kept.
 */
public interface ContentRevisionRepository extends JpaRepository<ContentRevision, Long> {

	List<ContentRevision> findByItemIdOrderByRevisionNumberDesc(long itemId);

	Optional<ContentRevision> findByItemIdAndRevisionNumber(long itemId, int revisionNumber);

	@Query("SELECT COALESCE(MAX(r.revisionNumber), 0) FROM ContentRevision r WHERE r.itemId = :itemId")
	int findLatestRevisionNumber(@Param("itemId") long itemId);

	/** The newest revision of every item: what staff work on. */
	@Query("SELECT r FROM ContentRevision r WHERE r.revisionNumber = "
			+ "(SELECT MAX(r2.revisionNumber) FROM ContentRevision r2 WHERE r2.itemId = r.itemId) ORDER BY r.updatedAt DESC")
	List<ContentRevision> findLatestOfEachItem();

	List<ContentRevision> findByStatusOrderBySubmittedAtAsc(RevisionStatus status);

	@Query("SELECT a FROM Attachment a WHERE a.id = :id")
	Optional<Attachment> findAttachment(@Param("id") long id);

	@Query("SELECT a FROM Attachment a WHERE a.revisionId IN :revisionIds ORDER BY a.position")
	List<Attachment> findAttachmentsOfRevisions(@Param("revisionIds") Collection<Long> revisionIds);

}
