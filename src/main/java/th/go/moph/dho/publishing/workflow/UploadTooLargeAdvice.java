package th.go.moph.dho.publishing.workflow;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import th.go.moph.dho.publishing.StorageSettings;
import th.go.moph.dho.publishing.UploadRejectedException;

/**
 * An upload larger than the server accepts at all never reaches the controller: send the
 * editor back to their draft with the Thai message instead of an error page.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

	private static final Pattern ATTACH = Pattern.compile("/staff/content/revisions/(\\d+)/attachments");

	private final WorkflowMessages messages;

	private final StorageSettings settings;

	UploadTooLargeAdvice(WorkflowMessages messages, StorageSettings settings) {
		this.messages = messages;
		this.settings = settings;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		Matcher matcher = ATTACH.matcher(request.getRequestURI());
		if (!matcher.find()) {
			// not a staff upload: Spring's default handling answers 413
			throw ex;
		}
		RequestContextUtils.getOutputFlashMap(request)
			.put("errorText", this.messages.text(new UploadRejectedException("publishing.upload.tooLarge",
					this.settings.maxFileSize().toMegabytes())));
		return new ModelAndView("redirect:/staff/content/revisions/" + matcher.group(1) + "/edit");
	}


}
