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
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedSummary;

/**
 * The search page: the assistant's direct answer or suggestions first, then the matching
 * published items.
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
			List<PublishedSummary> results = this.content.search(query, MAX_RESULTS);
			model.addAttribute("search", new SearchView(query, null, answer.answer(), answer.suggestions(), results));
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
	 */
	record SearchView(String query, @Nullable String problemKey, Answer.@Nullable Match answer,
			List<Answer.Match> suggestions, List<PublishedSummary> results) {

		static SearchView problem(String query, String problemKey) {
			return new SearchView(query, problemKey, null, List.of(), List.of());
		}

		public boolean searched() {
			return this.problemKey == null;
		}

	}

}
