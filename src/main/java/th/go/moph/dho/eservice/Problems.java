package th.go.moph.dho.eservice;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Collects what is wrong with an input, one Thai message code per field (the first one
 * wins), so all problems are reported together and nothing is saved.
 */
final class Problems {

	private final Map<String, MessageSourceResolvable> errors = new LinkedHashMap<>();

	void reject(String key, String code, Object... args) {
		this.errors.putIfAbsent(key, new DefaultMessageSourceResolvable(new String[] { code }, args));
	}

	void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new InvalidSubmissionException(this.errors);
		}
	}

}
