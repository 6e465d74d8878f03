package th.go.moph.dho.publishing.workflow;

import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.go.moph.dho.publishing.MissingFieldsException;
import th.go.moph.dho.publishing.WorkflowException;

/**
 * Turns refused workflow steps into the Thai flash message the next page shows.
 */
@Component
class WorkflowMessages {

	private final MessageSource messages;

	WorkflowMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(WorkflowException ex) {
		Object[] args = ex.getArguments();
		if (ex instanceof MissingFieldsException missing) {
			args = new Object[] { missing.getFields()
				.stream()
				.map(f -> this.messages.getMessage("publishing.field." + f, null, f, LocaleContextHolder.getLocale()))
				.collect(Collectors.joining(", ")) };
		}
		return this.messages.getMessage(ex.getMessageKey(), args, LocaleContextHolder.getLocale());
	}

	void flash(RedirectAttributes redirect, WorkflowException ex) {
		redirect.addFlashAttribute("errorText", text(ex));
	}

	void done(RedirectAttributes redirect, String key) {
		redirect.addFlashAttribute("messageText", this.messages.getMessage(key, null, LocaleContextHolder.getLocale()));
	}

}
