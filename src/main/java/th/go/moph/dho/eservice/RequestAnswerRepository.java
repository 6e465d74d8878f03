package th.go.moph.dho.eservice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RequestAnswerRepository extends JpaRepository<RequestAnswer, Long> {

	List<RequestAnswer> findByRequestIdOrderBySortOrderAscIdAsc(long requestId);

}
