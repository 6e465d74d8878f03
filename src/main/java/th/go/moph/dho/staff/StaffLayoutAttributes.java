package th.go.moph.dho.staff;

import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the staff layout shows of the signed-in person: their display name.
 */
@ControllerAdvice
class StaffLayoutAttributes {

	@ModelAttribute("staffName")
	@Nullable String staffName(@Nullable Principal principal) {
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof StaffUser user) {
			return user.getDisplayName();
		}
		return principal == null ? null : principal.getName();
	}

}
