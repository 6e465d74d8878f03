package th.go.moph.dho.assistant;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedSummary;

/**
 * Answers a citizen's question from published content. The LINE bot, the site's search box
 * and the public API all ask here.
 */
@Service
public class Assistant {

	private final PublishedContent content;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Assistant(PublishedContent content, ApplicationEventPublisher events, Clock clock) {
		this.content = content;
		this.events = events;
		this.clock = clock;
	}

	public Answer answer(String question, Channel channel) {
		List<Answer.Match> matches = this.content.search(question, 3).stream().map(Assistant::toMatch).toList();
		Answer answer = matches.isEmpty() ? Answer.none() : new Answer(null, 0.5, matches, false);
		QuestionAsked.Outcome outcome = matches.isEmpty() ? QuestionAsked.Outcome.NOT_ANSWERED
				: QuestionAsked.Outcome.SUGGESTED;
		this.events.publishEvent(new QuestionAsked(channel, outcome, this.clock.instant()));
		return answer;
	}

	private static Answer.Match toMatch(PublishedSummary s) {
		return new Answer.Match(s.id(), String.valueOf(s.id()), s.title(), s.path());
	}

}
