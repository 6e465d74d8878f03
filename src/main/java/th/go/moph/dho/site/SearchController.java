package th.go.moph.dho.site;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.go.moph.dho.assistant.Answer;
import th.go.moph.dho.assistant.Assistant;
import th.go.moph.dho.assistant.Channel;
import th.go.moph.dho.assistant.Hotline;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedSummary;

/**
 * The search page, answered by the same {@link Assistant} as the LINE bot: a hotline to
 * call first when the text reads as an emergency, self-harm or violence; a short reply to
 * small talk or an everyday off-topic question; otherwise the direct answer (title and
 * the start of its text) or suggestions, then the matching published items. "Nothing
 * found" is said only when the assistant found nothing either.
 */
@Controller
class SearchController {

	static final String VIEW = "site/search";

	static final int MAX_QUESTION_LENGTH = 500;

	static final int MAX_RESULTS = 20;

	private final Assistant assistant;

	private final PublishedContent content;

	private final Breadcrumbs breadcrumbs;

	SearchController(Assistant assistant, PublishedContent content, Breadcrumbs breadcrumbs) {
		this.assistant = assistant;
		this.content = content;
		this.breadcrumbs = breadcrumbs;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) @Nullable String q, Locale locale, Model model) {
		String query = q == null ? "" : q.strip();
		model.addAttribute("breadcrumbs", this.breadcrumbs.page("site.search.title", locale));
		if (query.isEmpty()) {
			model.addAttribute("search", SearchView.problem("", "site.search.empty"));
		}
		else if (query.length() > MAX_QUESTION_LENGTH) {
			model.addAttribute("search", SearchView.problem("", "site.search.tooLong"));
		}
		else {
			Answer answer = this.assistant.answer(query, Channel.WEB);
			List<PublishedSummary> results = answer.kind() == Answer.Kind.SMALL_TALK
					|| answer.kind() == Answer.Kind.OFF_TOPIC ? List.of() : this.content.search(query, MAX_RESULTS);
			String replyKey = switch (answer.kind()) {
				case SMALL_TALK -> "site.search.smallTalk";
				case OFF_TOPIC -> "site.search.offTopic";
				default -> null;
			};
			model.addAttribute("search", new SearchView(query, null, answer.answer(), answer.suggestions(), results,
					answer.hotlines(), replyKey));
		}
		return VIEW;
	}

	/**
	 * What the search page shows.
	 *
	 * @param query the text searched for (empty when there was none or it was too long)
	 * @param problemKey a message key explaining why nothing was searched
	 * @param answer the assistant's direct answer
	 * @param suggestions what the assistant suggests when it is not sure
	 * @param results the published items that contain the text
	 * @param hotlines numbers to call now, most urgent first
	 * @param replyKey a message key answering small talk or an off-topic question
	 */
	record SearchView(String query, @Nullable String problemKey, Answer.@Nullable Match answer,
			List<Answer.Match> suggestions, List<PublishedSummary> results, List<Hotline> hotlines,
			@Nullable String replyKey) {

		static SearchView problem(String query, String problemKey) {
			return new SearchView(query, problemKey, null, List.of(), List.of(), List.of(), null);
		}

		public boolean searched() {
			return this.problemKey == null;
		}

		/** Whether the page has nothing at all to show for the text. */
		public boolean nothingFound() {
			return this.results.isEmpty() && this.answer == null && this.suggestions.isEmpty()
					&& this.hotlines.isEmpty() && this.replyKey == null;
		}

	}

}
