package th.go.moph.dho.publishing;

/**
 * An upload that is too large or whose content is not an allowed type; nothing was
 * stored.
 */
public class UploadRejectedException extends WorkflowException {

	public UploadRejectedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
