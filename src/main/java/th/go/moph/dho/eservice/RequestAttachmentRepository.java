package th.go.moph.dho.eservice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestAttachmentRepository extends JpaRepository<RequestAttachment, Long> {

	List<RequestAttachment> findByRequestIdOrderByIdAsc(long requestId);

	Optional<RequestAttachment> findByIdAndRequestId(long id, long requestId);

}
