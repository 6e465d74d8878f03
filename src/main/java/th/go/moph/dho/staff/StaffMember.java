package th.go.moph.dho.staff;

import java.util.Set;

/**
 * A staff member as other modules see them: for names and positions on evidence forms.
 *
 * @param username the login name, as audit records store it
 * @param displayName the full Thai name, e.g. {@code นางสาวสมศรี ใจดี}
 * @param position the official position (ตำแหน่ง)
 * @param roles what they may do
 */
public record StaffMember(String username, String displayName, String position, Set<StaffRole> roles) {

	public boolean hasRole(StaffRole role) {
		return this.roles.contains(role);
	}

}
