package th.go.moph.dho.publishing;

/**
 * A workflow step that is not allowed (approving one's own submission, editing a
 * submitted revision, a missing required field…). The message key names a Thai message
 * for the screen.
 */
public class WorkflowException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public WorkflowException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
