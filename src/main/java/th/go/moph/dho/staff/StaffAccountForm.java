package th.go.moph.dho.staff;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An account as the admin types it. The password is required when creating and, when
 * editing, resets the password only if filled in.
 */
record StaffAccountForm(
		@NotBlank(message = "{staff.users.username.required}") @Pattern(regexp = "[A-Za-z0-9._-]{3,64}",
				message = "{staff.users.username.invalid}") String username,
		@NotBlank(message = "{staff.users.displayName.required}") @Size(max = 200) String displayName,
		@NotBlank(message = "{staff.users.position.required}") @Size(max = 200) String position,
		@NotEmpty(message = "{staff.users.roles.required}") @Nullable Set<StaffRole> roles,
		@Size(max = 200) @Nullable String password) {

	static StaffAccountForm empty() {
		return new StaffAccountForm("", "", "", EnumSet.of(StaffRole.EDITOR), "");
	}

	static StaffAccountForm of(StaffAccountView view) {
		return new StaffAccountForm(view.username(), view.displayName(), view.position(), view.roles(), "");
	}

	Set<StaffRole> roleSet() {
		return this.roles == null || this.roles.isEmpty() ? EnumSet.noneOf(StaffRole.class)
				: EnumSet.copyOf(this.roles);
	}

	boolean hasPassword() {
		return this.password != null && !this.password.isBlank();
	}

	/** Minimum length of a password an admin sets. */
	static final int MIN_PASSWORD = 10;

}
