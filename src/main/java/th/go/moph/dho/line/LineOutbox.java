package th.go.moph.dho.line;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.client.MessagingApiClientException;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;

/**
 * Sends replies and pushes through the SDK client. A push carries an
 * {@code X-Line-Retry-Key} derived from the event it answers, so LINE delivers it once
 * however often it is retried (a 409 for a retry key LINE accepted before counts as
 * sent). Failures are logged by status only, never with the message or the user id.
 */
@Component
class LineOutbox {

	private static final Logger log = LoggerFactory.getLogger(LineOutbox.class);

	private final LineChannel channel;

	private final LineSettings settings;

	LineOutbox(LineChannel channel, LineSettings settings) {
		this.channel = channel;
		this.settings = settings;
	}

	boolean reply(String replyToken, List<Message> messages) {
		return send("reply",
				() -> this.channel.client()
					.replyMessage(new ReplyMessageRequest.Builder(replyToken, limit(messages)).build())
					.get(timeoutMillis(), TimeUnit.MILLISECONDS));
	}

	boolean push(String lineUserId, List<Message> messages, String eventId) {
		UUID retryKey = UUID.nameUUIDFromBytes(("push|" + eventId).getBytes(StandardCharsets.UTF_8));
		return send("push",
				() -> this.channel.client()
					.pushMessage(retryKey, new PushMessageRequest(lineUserId, limit(messages), null, null))
					.get(timeoutMillis(), TimeUnit.MILLISECONDS));
	}

	private static List<Message> limit(List<Message> messages) {
		return messages.size() <= LineMessages.MAX_MESSAGES ? messages : messages.subList(0, LineMessages.MAX_MESSAGES);
	}

	private long timeoutMillis() {
		return (this.settings.connectTimeout().toMillis() + this.settings.readTimeout().toMillis())
				* (this.settings.retries() + 1);
	}

	private boolean send(String what, Call call) {
		if (this.channel.mode() == LineChannel.Mode.OFF) {
			return false;
		}
		try {
			call.run();
			return true;
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof MessagingApiClientException api) {
				if (api.getCode() == 409 && "push".equals(what)) {
					// LINE accepted a push with this retry key before: it was delivered
					return true;
				}
				log.warn("LINE {} failed with status {}", what, api.getCode());
			}
			else {
				log.warn("LINE {} failed: {}", what,
						ex.getCause() == null ? "?" : ex.getCause().getClass().getSimpleName());
			}
		}
		catch (TimeoutException ex) {
			log.warn("LINE {} timed out", what);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	@FunctionalInterface
	private interface Call {

		Object run() throws ExecutionException, TimeoutException, InterruptedException;

	}

}
