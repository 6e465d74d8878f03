package th.go.moph.dho.eservice;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long> {

	Optional<ServiceRequest> findByTrackingNumber(String trackingNumber);

	Optional<ServiceRequest> findByTrackingNumberAndLineUserId(String trackingNumber, String lineUserId);

	List<ServiceRequest> findByLineUserIdOrderBySubmittedAtDescIdDesc(String lineUserId, Limit limit);

	List<ServiceRequest> findByLineUserIdAndConfidentialFalseOrderBySubmittedAtDescIdDesc(String lineUserId,
			Limit limit);

	List<ServiceRequest> findByStatusInOrderBySubmittedAtAscIdAsc(Collection<RequestStatus> statuses);

	List<ServiceRequest> findAllByOrderBySubmittedAtDescIdDesc(Limit limit);

	List<ServiceRequest> findByClosedAtBeforeAndAnonymisedAtIsNull(Instant closedBefore, Limit limit);

}
