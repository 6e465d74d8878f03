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
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Staff requests that fail for reasons the person can act on go back to the page they
 * came from with a Thai message instead of an error page:
 * <ul>
 * <li>two staff members changing the same thing at the same moment (two approvers
 * pressing "approve", an editor saving while an approver returns the draft): the second
 * change is refused by the row's version and nothing of it is saved; the page now shows
 * the first;</li>
 * <li>an upload form sent without its file (the browser sent a plain form).</li>
 * </ul>
 * Outside {@code /staff} the exceptions are left to the usual error pages.
 */
@ControllerAdvice
class StaffRequestAdvice {

	private static final Logger log = LoggerFactory.getLogger(StaffRequestAdvice.class);

	private static final String STAFF = "/staff";

	private final MessageSource messages;

	StaffRequestAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(OptimisticLockingFailureException ex, HttpServletRequest request) {
		return back(ex, request, "staff.error.conflict");
	}

	/** Too large an upload is answered by the upload's own advice, which comes first. */
	@ExceptionHandler(MultipartException.class)
	ModelAndView notAnUpload(MultipartException ex, HttpServletRequest request) {
		return back(ex, request, "staff.error.noFile");
	}

	private <E extends RuntimeException> ModelAndView back(E ex, HttpServletRequest request, String messageKey) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith(STAFF + "/")) {
			throw ex;
		}
		log.info("Staff request refused on {}: {}", path, ex.getClass().getSimpleName());
		RequestContextUtils.getOutputFlashMap(request)
			.put("errorText", this.messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
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
