package th.go.moph.dho.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Staff accounts by login name.
 */
interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	List<StaffAccount> findAllByOrderByActiveDescUsernameAsc();

	List<StaffAccount> findByActiveTrueOrderByUsernameAsc();

	@Query("SELECT a FROM StaffAccount a WHERE a.active = TRUE AND a.roles LIKE '%ADMIN%'")
	List<StaffAccount> findActiveAdmins();

}
