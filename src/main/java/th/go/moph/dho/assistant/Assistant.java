package th.go.moph.dho.assistant;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.moph.dho.thai.ThaiText;

/**
 * Answers a citizen's message. The LINE bot, the site's search page and the public API
 * all ask here, so they answer alike. In order: the message is normalised; the
 * {@link SafetyRules safety rules} look at its raw text first (an emergency, self-harm, a
 * crime, violence → the hotline at once, whatever entries the office wrote, counted for
 * staff without text or sender); small talk gets a short friendly reply; then the
 * question is ranked against the in-memory index and passed through the confidence gate:
 * one answer when the assistant is sure, suggestions when it is not, out of scope (or
 * everyday off-topic) when nothing is close. Questions not answered directly are logged
 * (text and channel only) for staff.
 */
@Service
public class Assistant {

	private static final Logger log = LoggerFactory.getLogger(Assistant.class);

	private final AnswerIndex index;

	private final ConfidenceGate gate;

	private final EverydayIntents everyday;

	private final UnansweredLog unanswered;

	private final SafetyEventRepository safetyEvents;

	private final AssistantSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Assistant(AnswerIndex index, EverydayIntents everyday, UnansweredLog unanswered, SafetyEventRepository safetyEvents,
			AssistantSettings settings, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.index = index;
		this.gate = new ConfidenceGate(settings);
		this.everyday = everyday;
		this.unanswered = unanswered;
		this.safetyEvents = safetyEvents;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The hotlines a message calls for, most urgent first; empty when it reads as nothing
	 * urgent. The LINE bot asks this before it looks at menu words.
	 */
	public List<Hotline> urgent(String message) {
		return SafetyRules.check(ThaiText.normalize(cut(message)));
	}

	public Answer answer(String question, Channel channel) {
		String normalized = ThaiText.normalize(cut(question));
		Answer answer = decide(normalized, this.index, this.gate, this.everyday);
		switch (answer.kind()) {
			case SAFETY -> recordSafety(answer.hotlines().get(0), channel);
			case SMALL_TALK -> {
				return answer; // not a question: neither logged nor counted
			}
			case ANSWER -> {
			}
			default -> {
				if (!normalized.isEmpty()) {
					QuestionAsked.Outcome outcome = answer.suggestions().isEmpty() ? QuestionAsked.Outcome.NOT_ANSWERED
							: QuestionAsked.Outcome.SUGGESTED;
					try {
						this.unanswered.record(normalized, channel, outcome);
					}
					catch (RuntimeException ex) { // the citizen still gets the answer
						log.warn("Could not log an unanswered question: {}", ex.toString());
					}
				}
			}
		}
		QuestionAsked.Outcome outcome = answer.answer() != null || answer.safety() ? QuestionAsked.Outcome.ANSWERED
				: answer.suggestions().isEmpty() ? QuestionAsked.Outcome.NOT_ANSWERED : QuestionAsked.Outcome.SUGGESTED;
		// module listeners hear events of committed transactions (kept in the publication
		// registry)
		QuestionAsked asked = new QuestionAsked(channel, outcome, this.clock.instant());
		this.transaction.executeWithoutResult(status -> this.events.publishEvent(asked));
		return answer;
	}

	/**
	 * The entries closest to a text the office wrote itself (an entry's title), for "see
	 * also" lists: the same decision as {@link #answer}, but not a citizen's question, so
	 * it is neither logged as unanswered nor counted in the statistics.
	 */
	public Answer closestTo(String text) {
		return decide(ThaiText.normalize(cut(text)), this.index, this.gate, this.everyday);
	}

	/**
	 * The decision for a normalised message, without logging (the benchmark asks here
	 * too): safety first, then small talk, then the index and the gate.
	 */
	static Answer decide(String normalized, AnswerIndex index, ConfidenceGate gate, EverydayIntents everyday) {
		if (normalized.isEmpty()) {
			return Answer.none();
		}
		List<Hotline> hotlines = SafetyRules.check(normalized);
		if (!hotlines.isEmpty()) {
			// the entry that matches too (a stroke sign → the stroke entry), after the
			// hotline
			return Answer.safety(hotlines, faq(normalized, index, gate, everyday).answer());
		}
		Optional<String> smallTalk = everyday.smallTalk(ThaiAnalysis.allWords(normalized));
		if (smallTalk.isPresent()) {
			return Answer.smallTalk(smallTalk.get());
		}
		return faq(normalized, index, gate, everyday);
	}

	private static Answer faq(String normalized, AnswerIndex index, ConfidenceGate gate, EverydayIntents everyday) {
		EverydayIntents.OffTopic offTopic = everyday.offTopic(ThaiAnalysis.allWords(normalized));
		return gate.decide(index.rank(normalized), offTopic);
	}

	private void recordSafety(Hotline hotline, Channel channel) {
		try {
			this.transaction.executeWithoutResult(
					status -> this.safetyEvents.save(new SafetyEvent(hotline, channel, this.clock.instant())));
		}
		catch (RuntimeException ex) { // the citizen still gets the hotline
			log.warn("Could not count a safety message: {}", ex.toString());
		}
	}

	private String cut(String question) {
		return question.length() > this.settings.maxQuestionLength()
				? question.substring(0, this.settings.maxQuestionLength()) : question;
	}

}
