package th.go.moph.dho.assistant;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;

import th.go.moph.dho.thai.ThaiText;

/**
 * Answers a citizen's question from published content. The LINE bot, the site's search
 * box and the public API all ask here. The question is normalised, ranked against the
 * in-memory index and passed through the confidence gate: one answer when the assistant
 * is sure, suggestions when it is not, out of scope when nothing is close. Questions not
 * answered directly are logged (text and channel only) for staff.
 */
@Service
public class Assistant {

	private static final Logger log = LoggerFactory.getLogger(Assistant.class);

	private final AnswerIndex index;

	private final ConfidenceGate gate;

	private final UnansweredLog unanswered;

	private final AssistantSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Assistant(AnswerIndex index, UnansweredLog unanswered, AssistantSettings settings, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactions) {
		this.index = index;
		this.gate = new ConfidenceGate(settings);
		this.unanswered = unanswered;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	public Answer answer(String question, Channel channel) {
		String text = question.length() > this.settings.maxQuestionLength()
				? question.substring(0, this.settings.maxQuestionLength()) : question;
		String normalized = ThaiText.normalize(text);
		List<AnswerIndex.Candidate> ranked = normalized.isEmpty() ? List.of() : this.index.search(normalized);
		Answer answer = this.gate.decide(ranked);
		QuestionAsked.Outcome outcome = answer.answer() != null ? QuestionAsked.Outcome.ANSWERED
				: answer.suggestions().isEmpty() ? QuestionAsked.Outcome.NOT_ANSWERED : QuestionAsked.Outcome.SUGGESTED;
		if (outcome != QuestionAsked.Outcome.ANSWERED && !normalized.isEmpty()) {
			try {
				this.unanswered.record(normalized, channel, outcome);
			}
			catch (RuntimeException ex) { // the citizen still gets the answer
				log.warn("Could not log an unanswered question: {}", ex.toString());
			}
		}
		// module listeners hear events of committed transactions (kept in the publication
		// registry)
		QuestionAsked asked = new QuestionAsked(channel, outcome, this.clock.instant());
		this.transaction.executeWithoutResult(status -> this.events.publishEvent(asked));
		return answer;
	}

}
