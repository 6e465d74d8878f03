package th.go.moph.dho.thai;

/**
 * Text that is not a date staff could have meant (see {@link ThaiDateInput}). Bound to a
 * form field it becomes that field's {@code typeMismatch} error, shown in Thai beside it.
 */
public class InvalidThaiDateException extends IllegalArgumentException {

	private final String value;

	InvalidThaiDateException(String value, String reason) {
		super("Not a date (" + reason + ")");
		this.value = value;
	}

	/** What was typed. */
	public String value() {
		return this.value;
	}

}
