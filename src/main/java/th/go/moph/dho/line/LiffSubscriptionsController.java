package th.go.moph.dho.line;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import th.go.moph.dho.linelogin.LineUser;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The LIFF app's news settings ({@code GET/PUT /api/liff/subscriptions}): which topics
 * the signed-in follower receives. Who they are comes from the ID token in the
 * {@code Authorization} header, verified with LINE on every call; only a follower who has
 * not blocked the account may subscribe.
 */
@RestController
@RequestMapping(path = LiffSubscriptionsController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class LiffSubscriptionsController {

	static final String PATH = "/api/liff/subscriptions";

	private final Subscriptions subscriptions;

	private final LineTexts texts;

	private final MessageSource messages;

	LiffSubscriptionsController(Subscriptions subscriptions, LineTexts texts, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.texts = texts;
		this.messages = messages;
	}

	/** One topic as the app shows it. */
	record TopicView(String code, String labelTh, boolean subscribed) {
	}

	/**
	 * The topics; {@code follower} is false when the user does not follow the account
	 * (then nothing can be chosen).
	 */
	record SubscriptionsView(List<TopicView> topics, boolean follower) {
	}

	/** The body of a PUT: the codes of the wanted topics. */
	record SubscriptionsForm(@Nullable List<String> topics) {
	}

	@GetMapping
	ResponseEntity<?> get(LineUser user) {
		Optional<Long> follower = this.subscriptions.followerOf(user.userId());
		return ResponseEntity.ok(view(follower.map(this.subscriptions::topics).orElse(Set.of()), follower.isPresent()));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> put(LineUser user, @RequestBody(required = false) @Nullable SubscriptionsForm form) {
		if (form == null || form.topics() == null) {
			return error(HttpStatus.BAD_REQUEST, "line.api.bad-request");
		}
		Set<NewsTopic> wanted = EnumSet.noneOf(NewsTopic.class);
		for (String code : form.topics()) {
			Optional<NewsTopic> topic = code == null ? Optional.empty() : NewsTopic.ofCode(code);
			if (topic.isEmpty()) {
				return ResponseEntity.badRequest()
					.body(Map.of("error", thai("line.api.bad-topic"), "fieldErrors",
							Map.of("topics", thai("line.api.bad-topic"))));
			}
			wanted.add(topic.get());
		}
		Optional<Long> follower = this.subscriptions.followerOf(user.userId());
		if (follower.isEmpty()) {
			return error(HttpStatus.CONFLICT, "line.api.not-following");
		}
		this.subscriptions.set(follower.get(), wanted);
		return ResponseEntity.ok(view(this.subscriptions.topics(follower.get()), true));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		return error(HttpStatus.BAD_REQUEST, "line.api.bad-request");
	}

	private SubscriptionsView view(Set<NewsTopic> chosen, boolean follower) {
		List<TopicView> topics = new ArrayList<>();
		for (NewsTopic topic : NewsTopic.values()) {
			topics.add(new TopicView(topic.code(), this.texts.get("topic." + topic.code()), chosen.contains(topic)));
		}
		return new SubscriptionsView(topics, follower);
	}

	private ResponseEntity<Map<String, String>> error(HttpStatus status, String key) {
		return ResponseEntity.status(status).body(Map.of("error", thai(key)));
	}

	private String thai(String key) {
		return this.messages.getMessage(key, null, ThaiDates.THAI);
	}

}
