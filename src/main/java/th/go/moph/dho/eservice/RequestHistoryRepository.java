package th.go.moph.dho.eservice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestHistoryRepository extends JpaRepository<RequestHistory, Long> {

	List<RequestHistory> findByRequestIdOrderByIdAsc(long requestId);

}
