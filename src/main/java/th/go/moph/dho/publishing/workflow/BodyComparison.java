package th.go.moph.dho.publishing.workflow;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import th.go.moph.dho.publishing.Markdown;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The new body as the public will see it, with what changed from the live one marked:
 * both are rendered to sanitised HTML first, then compared block by block (paragraph,
 * heading, list item, table); a block that changed a little shows its removed words in
 * {@code <del>} and its new words in {@code <ins>} (Thai words found by the JDK's
 * dictionary word breaker), a block that is new or gone is wrapped whole. Marks are
 * underlined or struck through and carry a hidden spoken label, so colour is not the only
 * sign.
 */
@Component
class BodyComparison {

	/** Blocks whose text is compared word by word. */
	private static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li");

	/** Blocks whose children are compared one by one. */
	private static final Set<String> CONTAINERS = Set.of("ul", "ol");

	/** Beyond this many word pairs a changed block is shown whole, not word by word. */
	private static final long MAX_WORD_PAIRS = 250_000;

	private final Markdown markdown;

	private final MessageSource messages;

	BodyComparison(Markdown markdown, MessageSource messages) {
		this.markdown = markdown;
		this.messages = messages;
	}

	/** The rendered body of {@code markdown}, unmarked. */
	String render(String markdown) {
		return this.markdown.toSafeHtml(markdown);
	}

	/** The rendered {@code after} with its changes from {@code before} marked. */
	String marked(String before, String after) {
		List<Element> a = blocks(render(before));
		List<Element> b = blocks(render(after));
		StringBuilder html = new StringBuilder();
		compareBlocks(a, b, html);
		return html.toString();
	}

	private static List<Element> blocks(String html) {
		return new ArrayList<>(Jsoup.parseBodyFragment(html).body().children());
	}

	private void compareBlocks(List<Element> a, List<Element> b, StringBuilder html) {
		List<Step> steps = diff(a, b, (x, y) -> x.outerHtml().equals(y.outerHtml()));
		List<Element> removed = new ArrayList<>();
		List<Element> added = new ArrayList<>();
		for (Step step : steps) {
			switch (step.kind) {
				case SAME -> {
					flush(removed, added, html);
					html.append(b.get(step.to).outerHtml());
				}
				case REMOVED -> removed.add(a.get(step.from));
				case ADDED -> added.add(b.get(step.to));
			}
		}
		flush(removed, added, html);
	}

	/** A run of removed blocks and a run of added ones: pair them where they match. */
	private void flush(List<Element> removed, List<Element> added, StringBuilder html) {
		int pairs = Math.min(removed.size(), added.size());
		for (int i = 0; i < pairs; i++) {
			changed(removed.get(i), added.get(i), html);
		}
		for (int i = pairs; i < removed.size(); i++) {
			whole("del", removed.get(i), html);
		}
		for (int i = pairs; i < added.size(); i++) {
			whole("ins", added.get(i), html);
		}
		removed.clear();
		added.clear();
	}

	private void changed(Element before, Element after, StringBuilder html) {
		String tag = after.normalName();
		if (!tag.equals(before.normalName())) {
			whole("del", before, html);
			whole("ins", after, html);
		}
		else if (CONTAINERS.contains(tag)) {
			html.append('<').append(tag).append('>');
			compareBlocks(new ArrayList<>(before.children()), new ArrayList<>(after.children()), html);
			html.append("</").append(tag).append('>');
		}
		else if (TEXT_BLOCKS.contains(tag) && after.children().stream().noneMatch(c -> c.isBlock())
				&& before.children().stream().noneMatch(c -> c.isBlock())) {
			words(tag, before.text(), after.text(), html);
		}
		else {
			whole("del", before, html);
			whole("ins", after, html);
		}
	}

	private void whole(String mark, Element block, StringBuilder html) {
		html.append('<').append(mark).append(" class=\"diff-block\">");
		html.append("<span class=\"visually-hidden\">").append(label(mark)).append("</span>");
		html.append(block.outerHtml()).append("</").append(mark).append('>');
	}

	/**
	 * One block's text, word by word: inline formatting is not kept in a changed block.
	 */
	private void words(String tag, String before, String after, StringBuilder html) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		if ((long) a.size() * b.size() > MAX_WORD_PAIRS) {
			html.append('<').append(tag).append('>');
			mark("del", before, html);
			mark("ins", after, html);
			html.append("</").append(tag).append('>');
			return;
		}
		html.append('<').append(tag).append('>');
		StringBuilder removed = new StringBuilder();
		StringBuilder added = new StringBuilder();
		for (Step step : diff(a, b, String::equals)) {
			switch (step.kind) {
				case SAME -> {
					mark("del", removed.toString(), html);
					mark("ins", added.toString(), html);
					removed.setLength(0);
					added.setLength(0);
					html.append(Entities.escape(b.get(step.to)));
				}
				case REMOVED -> removed.append(a.get(step.from));
				case ADDED -> added.append(b.get(step.to));
			}
		}
		mark("del", removed.toString(), html);
		mark("ins", added.toString(), html);
		html.append("</").append(tag).append('>');
	}

	private void mark(String mark, String text, StringBuilder html) {
		if (text.isEmpty()) {
			return;
		}
		html.append('<').append(mark).append('>');
		html.append("<span class=\"visually-hidden\">").append(label(mark)).append("</span>");
		html.append(Entities.escape(text)).append("</").append(mark).append('>');
	}

	private String label(String mark) {
		return Entities
			.escape(this.messages.getMessage("publishing.compare." + mark, null, LocaleContextHolder.getLocale()));
	}

	/** Words, spaces and punctuation in order; Thai words are found by dictionary. */
	static List<String> tokens(String text) {
		BreakIterator words = BreakIterator.getWordInstance(ThaiDates.THAI);
		words.setText(text);
		List<String> tokens = new ArrayList<>();
		int start = words.first();
		for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
			tokens.add(text.substring(start, end));
		}
		return tokens;
	}

	private enum Kind {

		SAME, REMOVED, ADDED

	}

	private record Step(Kind kind, int from, int to) {
	}

	/** Longest common subsequence, as the steps from {@code a} to {@code b}. */
	private static <T> List<Step> diff(List<T> a, List<T> b, BiPredicate<T, T> same) {
		int n = a.size();
		int m = b.size();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = same.test(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1
						: Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		List<Step> steps = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (same.test(a.get(i), b.get(j))) {
				steps.add(new Step(Kind.SAME, i++, j++));
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				steps.add(new Step(Kind.REMOVED, i++, j));
			}
			else {
				steps.add(new Step(Kind.ADDED, i, j++));
			}
		}
		while (i < n) {
			steps.add(new Step(Kind.REMOVED, i++, j));
		}
		while (j < m) {
			steps.add(new Step(Kind.ADDED, i, j++));
		}
		return steps;
	}

}
