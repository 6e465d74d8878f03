package th.go.moph.dho.eservice;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * Something a citizen or staff member asked cannot be done. Resolves to a Thai message
 * ({@code eservice.error.*}) through the message bundles; arguments that are themselves
 * {@link MessageSourceResolvable} (a status) are resolved too.
 */
public abstract class EserviceException extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;

	private final Object[] arguments;

	protected EserviceException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.messageKey };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return null;
	}

}
