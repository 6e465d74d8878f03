package th.go.moph.dho.eservice;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceTypeRepository extends JpaRepository<ServiceType, Long> {

	Optional<ServiceType> findByCode(String code);

	List<ServiceType> findByActiveTrueOrderBySortOrderAscIdAsc();

	List<ServiceType> findAllByOrderBySortOrderAscIdAsc();

	boolean existsByCode(String code);

}
