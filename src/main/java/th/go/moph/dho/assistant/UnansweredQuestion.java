package th.go.moph.dho.assistant;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A question the assistant answered only with suggestions or not at all: its normalised
 * text (at most 300 characters), when and on which channel. Never who asked.
 */
@Entity
@Table(name = "assistant_unanswered")
class UnansweredQuestion {

	static final int MAX_LENGTH = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String question;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	private QuestionAsked.Outcome outcome;

	private Instant askedAt;

	protected UnansweredQuestion() {
		this.question = "";
		this.channel = Channel.WEB;
		this.outcome = QuestionAsked.Outcome.NOT_ANSWERED;
		this.askedAt = Instant.EPOCH;
	}

	UnansweredQuestion(String normalizedQuestion, Channel channel, QuestionAsked.Outcome outcome, Instant askedAt) {
		this.question = normalizedQuestion.length() > MAX_LENGTH ? normalizedQuestion.substring(0, MAX_LENGTH)
				: normalizedQuestion;
		this.channel = channel;
		this.outcome = outcome;
		this.askedAt = askedAt;
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getQuestion() {
		return this.question;
	}

	Channel getChannel() {
		return this.channel;
	}

	QuestionAsked.Outcome getOutcome() {
		return this.outcome;
	}

	Instant getAskedAt() {
		return this.askedAt;
	}

}
