package th.go.moph.dho.assistant;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SynonymGroupRepository extends JpaRepository<SynonymGroup, Long> {

	List<SynonymGroup> findAllByOrderByIdAsc();

}
