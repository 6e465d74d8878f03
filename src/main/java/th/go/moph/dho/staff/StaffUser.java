package th.go.moph.dho.staff;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in staff member, with the name and position the staff layout shows.
 */
public class StaffUser extends User {

	private final String displayName;

	private final String position;

	StaffUser(String username, String password, boolean enabled, boolean accountNonLocked,
			Collection<? extends GrantedAuthority> authorities, String displayName, String position) {
		super(username, password, enabled, true, true, accountNonLocked, authorities);
		this.displayName = displayName;
		this.position = position;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getPosition() {
		return this.position;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
