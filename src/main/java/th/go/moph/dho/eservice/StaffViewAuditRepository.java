package th.go.moph.dho.eservice;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffViewAuditRepository extends JpaRepository<StaffViewAudit, Long> {

	List<StaffViewAudit> findByRequestIdOrderByViewedAtDescIdDesc(long requestId);

}
