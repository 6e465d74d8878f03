package th.go.moph.dho.staff;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Two staff members changing the same thing at the same moment (two approvers pressing
 * "approve", an editor saving while an approver returns the draft): the second change is
 * refused by the row's version and nothing of it is saved. Instead of an error page, the
 * second person goes back to the page they were on, which now shows the first change,
 * with a Thai message saying what happened.
 */
@ControllerAdvice
class StaffConflictAdvice {

	private static final Logger log = LoggerFactory.getLogger(StaffConflictAdvice.class);

	private static final String STAFF = "/staff";

	private final MessageSource messages;

	StaffConflictAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(OptimisticLockingFailureException ex, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(STAFF + "/")) {
			throw ex;
		}
		log.info("Concurrent change refused on {}: {}", path, ex.getClass().getSimpleName());
		RequestContextUtils.getOutputFlashMap(request)
			.put("errorText", this.messages.getMessage("staff.error.conflict", null, LocaleContextHolder.getLocale()));
		return new ModelAndView("redirect:" + backTo(request.getHeader("Referer"), request.getContextPath()));
	}

	/** The staff page the form was on, or the workspace when the browser did not say. */
	static String backTo(@Nullable String referer, String contextPath) {
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				String path = uri.getRawPath();
				if (path != null && path.startsWith(contextPath + STAFF)) {
					String page = path.substring(contextPath.length());
					return uri.getRawQuery() == null ? page : page + "?" + uri.getRawQuery();
				}
			}
			catch (IllegalArgumentException ex) {
				// not a URI: fall back to the workspace
			}
		}
		return STAFF;
	}

}
