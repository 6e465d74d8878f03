package th.go.moph.dho.publishing.workflow;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An upload larger than the server accepts at all never reaches the controller: send the
 * editor back to their draft with the Thai message instead of an error page.
 */
@ControllerAdvice
// before the staff advice that answers the other upload failures
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLargeAdvice {

	private static final Pattern ATTACH = Pattern.compile("/staff/content/revisions/(\\d+)/(attachments|edit)");

	private final MessageSource messages;

	private final DataSize maxFileSize;

	UploadTooLargeAdvice(MessageSource messages, @Value("${dho.storage.max-file-size:20MB}") DataSize maxFileSize) {
		this.messages = messages;
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		Matcher matcher = ATTACH.matcher(request.getRequestURI());
		if (!matcher.find()) {
			// not a staff upload: Spring's default handling answers 413
			throw ex;
		}
		RequestContextUtils.getOutputFlashMap(request)
			.put("errorText", this.messages.getMessage("publishing.upload.tooLarge",
					new Object[] { this.maxFileSize.toMegabytes() }, LocaleContextHolder.getLocale()));
		return new ModelAndView("redirect:/staff/content/revisions/" + matcher.group(1) + "/edit");
	}

}
