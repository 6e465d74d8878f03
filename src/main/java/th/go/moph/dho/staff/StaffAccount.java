package th.go.moph.dho.staff;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A staff login. Never deleted: deactivated accounts keep their name for the audit.
 */
@Entity
@Table(name = "staff_account")
class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private String username;

	private String displayName;

	@Column(name = "position_title")
	private String position;

	private String roles;

	private String passwordHash;

	private boolean active = true;

	private int failedLogins;

	private @Nullable Instant lockedUntil;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	protected StaffAccount() {
		this.username = "";
		this.displayName = "";
		this.position = "";
		this.roles = "";
		this.passwordHash = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	StaffAccount(String username, String displayName, String position, Set<StaffRole> roles, String passwordHash,
			Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.position = position;
		this.roles = join(roles);
		this.passwordHash = passwordHash;
		this.createdAt = now;
		this.updatedAt = now;
	}

	StaffMember toMember() {
		return new StaffMember(this.username, this.displayName, this.position, getRoles());
	}

	void update(String displayName, String position, Set<StaffRole> roles, Instant now) {
		this.displayName = displayName;
		this.position = position;
		this.roles = join(roles);
		this.updatedAt = now;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.failedLogins = 0;
		this.lockedUntil = null;
		this.updatedAt = now;
	}

	void setActive(boolean active, Instant now) {
		this.active = active;
		this.updatedAt = now;
	}

	/** Counts a failed login; locks the account when the limit is reached. */
	void loginFailed(int maxFailures, java.time.Duration lockFor, Instant now) {
		this.failedLogins++;
		if (this.failedLogins >= maxFailures) {
			this.lockedUntil = now.plus(lockFor);
			this.failedLogins = 0;
		}
	}

	void loginSucceeded() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	private static String join(Set<StaffRole> roles) {
		return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	Set<StaffRole> getRoles() {
		Set<StaffRole> result = EnumSet.noneOf(StaffRole.class);
		Arrays.stream(this.roles.split(","))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.forEach(s -> result.add(StaffRole.valueOf(s)));
		return result;
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPosition() {
		return this.position;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isActive() {
		return this.active;
	}

	int getFailedLogins() {
		return this.failedLogins;
	}

	@Nullable Instant getLockedUntil() {
		return this.lockedUntil;
	}

}
