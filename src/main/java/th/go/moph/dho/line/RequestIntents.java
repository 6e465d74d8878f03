package th.go.moph.dho.line;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import th.go.moph.dho.eservice.CitizenRequests;
import th.go.moph.dho.thai.ThaiText;

/**
 * The citizen's own e-service requests in the chat: "ติดตามเรื่อง ER-2569-000123" (or the
 * tracking number alone) shows that request's status, only to the LINE user who filed it;
 * "เรื่องของฉัน" shows their newest requests. Both link to the LIFF app.
 */
final class RequestIntents {

	/** ER-2569-000123, forgiving case, spaces around the dashes and Thai digits. */
	static final Pattern TRACKING_NUMBER = Pattern.compile("(?i)\\bER\\s*-\\s*(\\d{4})\\s*-\\s*(\\d{1,6})\\b");

	static final int MY_REQUESTS = 5;

	private RequestIntents() {
	}

	/** The tracking number in a text, in its canonical form. */
	static Optional<String> trackingNumber(String text) {
		Matcher m = TRACKING_NUMBER.matcher(ThaiText.arabicDigits(text));
		if (!m.find()) {
			return Optional.empty();
		}
		return Optional.of("ER-" + m.group(1) + "-" + "0".repeat(6 - m.group(2).length()) + m.group(2));
	}

	/** ติดตามเรื่อง ER-…: the status of one of the citizen's own requests. */
	@Component
	static class Track implements LineIntent {

		private final ObjectProvider<CitizenRequests> requests;

		private final LineMessages messages;

		private final LineTexts texts;

		Track(ObjectProvider<CitizenRequests> requests, LineMessages messages, LineTexts texts) {
			this.requests = requests;
			this.messages = messages;
			this.texts = texts;
		}

		@Override
		public String action() {
			return "track";
		}

		@Override
		public Set<String> words() {
			return Set.of("ติดตามเรื่อง", "ติดตามสถานะ", "track");
		}

		@Override
		public Optional<Postback> match(String text) {
			return trackingNumber(text).map(number -> Postback.of(action(), "n", number));
		}

		@Override
		public Reply reply(Conversation conversation, Postback request) {
			Optional<String> number = trackingNumber(request.param("n"));
			if (number.isEmpty()) {
				return Reply.of("TRACK_ASK",
						this.messages.text(this.texts.get("request.track-how"),
								this.messages.quickReply(List.of(this.messages.uriAction(this.texts.get("request.all"),
										this.messages.liffUrl("/requests"))))));
			}
			CitizenRequests citizenRequests = this.requests.getIfAvailable();
			if (citizenRequests == null || conversation.lineUserId() == null) {
				return Reply.of("TRACK_UNAVAILABLE", this.messages.text(this.texts.get("request.unavailable")));
			}
			return citizenRequests.ofLineUser(conversation.lineUserId(), number.get())
				.map(r -> Reply.of("TRACKED",
						this.messages.requestCard("request.tracked", r.trackingNumber(), r.serviceNameTh(), r.status(),
								r.lastCitizenMessage(), r.updatedAt())))
				// never says whether the number exists for someone else
				.orElseGet(() -> Reply.of("TRACK_NOT_FOUND",
						this.messages.text(this.texts.get("request.not-found", number.get()),
								this.messages.quickReply(List.of(this.messages.uriAction(this.texts.get("request.all"),
										this.messages.liffUrl("/requests")))))));
		}

	}

	/** เรื่องของฉัน: the citizen's newest requests as cards. */
	@Component
	static class Mine implements LineIntent {

		private final ObjectProvider<CitizenRequests> requests;

		private final LineMessages messages;

		private final LineTexts texts;

		Mine(ObjectProvider<CitizenRequests> requests, LineMessages messages, LineTexts texts) {
			this.requests = requests;
			this.messages = messages;
			this.texts = texts;
		}

		@Override
		public String action() {
			return "mine";
		}

		@Override
		public Set<String> words() {
			return Set.of("เรื่องของฉัน", "คำขอของฉัน", "เรื่องที่ยื่น", "my requests");
		}

		@Override
		public Reply reply(Conversation conversation, Postback request) {
			CitizenRequests citizenRequests = this.requests.getIfAvailable();
			if (citizenRequests == null || conversation.lineUserId() == null) {
				return Reply.of("MINE_UNAVAILABLE", this.messages.text(this.texts.get("request.unavailable")));
			}
			return Reply.of("MINE",
					this.messages.myRequests(citizenRequests.ofLineUser(conversation.lineUserId(), MY_REQUESTS)));
		}

	}

}
