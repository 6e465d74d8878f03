package th.go.moph.dho.staff;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An account as the admin screens list it.
 */
record StaffAccountView(String username, String displayName, String position, Set<StaffRole> roles, boolean active,
		@Nullable Instant lockedUntil) {
}
