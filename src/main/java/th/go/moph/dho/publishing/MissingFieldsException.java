package th.go.moph.dho.publishing;

import java.util.List;

/**
 * A revision lacks what its catalog section requires (source, information date, steps,
 * files, link); it cannot be submitted yet.
 */
public class MissingFieldsException extends WorkflowException {

	private final List<String> fields;

	public MissingFieldsException(List<String> fields) {
		super("publishing.error.missingFields");
		this.fields = List.copyOf(fields);
	}

	/**
	 * The names of the missing fields, as {@code publishing.field.<name>} messages know
	 * them.
	 */
	public List<String> getFields() {
		return this.fields;
	}

}
