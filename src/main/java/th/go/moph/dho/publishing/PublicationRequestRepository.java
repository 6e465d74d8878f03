package th.go.moph.dho.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Publication requests, one per approved revision.
 */
interface PublicationRequestRepository extends JpaRepository<PublicationRequest, Long> {

	Optional<PublicationRequest> findByRevisionId(long revisionId);

	List<PublicationRequest> findByItemIdOrderByApprovedAtDesc(long itemId);

	List<PublicationRequest> findByApprovedAtGreaterThanEqualAndApprovedAtLessThanOrderByApprovedAtAsc(Instant from,
			Instant to);

	List<PublicationRequest> findByUrgentTrueAndReviewedByIsNullOrderByApprovedAtAsc();

}
