package th.go.moph.dho.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: who someone is (name and position for evidence forms) and what admins
 * change. Accounts are deactivated, never deleted.
 */
@Service
public class StaffAccounts {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwords;

	private final StaffSettings settings;

	private final Clock clock;

	StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwords, StaffSettings settings, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A staff member by login name, active or not (old audit records name former staff).
	 */
	@Transactional(readOnly = true)
	public Optional<StaffMember> find(String username) {
		return this.accounts.findByUsernameIgnoreCase(username).map(StaffAccount::toMember);
	}

	/**
	 * The display name of a login name, or the login name itself when unknown (e.g.
	 * {@code system}).
	 */
	@Transactional(readOnly = true)
	public String displayName(String username) {
		return find(username).map(StaffMember::displayName).orElse(username);
	}

	/** The staff who can sign in now, by login name (e.g. to choose whom to assign). */
	@Transactional(readOnly = true)
	public List<StaffMember> activeMembers() {
		return this.accounts.findByActiveTrueOrderByUsernameAsc().stream().map(StaffAccount::toMember).toList();
	}

	@Transactional(readOnly = true)
	List<StaffAccountView> list() {
		return this.accounts.findAllByOrderByActiveDescUsernameAsc().stream().map(this::toView).toList();
	}

	@Transactional(readOnly = true)
	Optional<StaffAccountView> view(String username) {
		return this.accounts.findByUsernameIgnoreCase(username).map(this::toView);
	}

	/** Creates an account; refuses a login name that is taken. */
	@Transactional
	public StaffMember create(String username, String displayName, String position, Set<StaffRole> roles,
			String rawPassword) {
		String name = username.strip().toLowerCase(java.util.Locale.ROOT);
		if (this.accounts.existsByUsernameIgnoreCase(name)) {
			throw new UsernameTakenException(name);
		}
		return this.accounts
			.save(new StaffAccount(name, displayName.strip(), position.strip(), roles,
					this.passwords.encode(rawPassword), this.clock.instant()))
			.toMember();
	}

	@Transactional
	void update(String username, String displayName, String position, Set<StaffRole> roles) {
		account(username).update(displayName.strip(), position.strip(), roles, this.clock.instant());
	}

	@Transactional
	void resetPassword(String username, String rawPassword) {
		account(username).changePassword(this.passwords.encode(rawPassword), this.clock.instant());
	}

	@Transactional
	void setActive(String username, boolean active) {
		account(username).setActive(active, this.clock.instant());
	}

	@Transactional(readOnly = true)
	boolean hasActiveAdmin() {
		return this.accounts.findActiveAdmins().stream().anyMatch(a -> a.getRoles().contains(StaffRole.ADMIN));
	}

	@Transactional(readOnly = true)
	boolean exists(String username) {
		return this.accounts.existsByUsernameIgnoreCase(username);
	}

	@Transactional
	void loginFailed(String username) {
		this.accounts.findByUsernameIgnoreCase(username)
			.ifPresent(a -> a.loginFailed(this.settings.maxFailedLogins(), this.settings.lockDuration(),
					this.clock.instant()));
	}

	@Transactional
	void loginSucceeded(String username) {
		this.accounts.findByUsernameIgnoreCase(username).ifPresent(StaffAccount::loginSucceeded);
	}

	private StaffAccount account(String username) {
		return this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new StaffAccountNotFoundException(username));
	}

	private StaffAccountView toView(StaffAccount a) {
		return new StaffAccountView(a.getUsername(), a.getDisplayName(), a.getPosition(), a.getRoles(), a.isActive(),
				a.isLockedAt(this.clock.instant()) ? a.getLockedUntil() : null);
	}

}
