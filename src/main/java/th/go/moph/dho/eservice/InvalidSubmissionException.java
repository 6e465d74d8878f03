package th.go.moph.dho.eservice;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;

/**
 * What the citizen or staff member sent has problems; nothing was saved. Each problem is
 * tied to a field key ({@code detail}, {@code file.photos}, {@code slotId},
 * {@code anonymous}, {@code text}…) and resolves to a Thai message.
 */
public class InvalidSubmissionException extends EserviceException {

	private final Map<String, MessageSourceResolvable> fieldErrors;

	public InvalidSubmissionException(Map<String, MessageSourceResolvable> fieldErrors) {
		super("eservice.error.invalid");
		this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
	}

	/** The problems by field key, in the order of the form. */
	public Map<String, MessageSourceResolvable> fieldErrors() {
		return this.fieldErrors;
	}

}
