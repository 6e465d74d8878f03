package th.go.moph.dho.publishing;

import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The audit log: append and read only, no update or delete methods.
 */
public interface AuditRecordRepository extends Repository<AuditRecord, Long> {

	AuditRecord save(AuditRecord record);

	List<AuditRecord> findByItemIdOrderByRecordedAtAscIdAsc(long itemId);

	long count();

}
