package th.go.moph.dho.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

/**
 * All visible text comes from the message bundles, in Thai and in English (the idea of
 * petclinic's {@code I18nPropertiesSyncTest}): no template under {@code templates/} holds
 * a Thai or English word outside an expression, and every bundle has its twin with the
 * same keys.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Pattern LETTERS = Pattern.compile("[A-Za-z\u0E01-\u0E5B]");

	/** Attributes people see or hear. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("alt", "title", "placeholder", "aria-label",
			"aria-description", "aria-roledescription", "label", "value", "data-confirm");

	/**
	 * Attributes whose element's content Thymeleaf replaces, so prototype text there
	 * never shows.
	 */
	private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:include", "th:substituteby");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	@Test
	void templatesHoldNoHardCodedThaiOrEnglishText() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8));
			String name = TEMPLATES.relativize(template).toString();
			NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
				if (node instanceof TextNode text && isVisibleText(text)) {
					problems.add(name + ": text \"" + text.text().strip() + "\"");
				}
				if (node instanceof Element element) {
					for (Attribute attribute : element.attributes()) {
						if (VISIBLE_ATTRIBUTES.contains(attribute.getKey())
								&& LETTERS.matcher(attribute.getValue()).find() && !isHiddenValue(element, attribute)) {
							problems.add(name + ": " + attribute.getKey() + "=\"" + attribute.getValue() + "\"");
						}
					}
				}
			}, document);
		}
		assertThat(problems).as("hard-coded text; use th:text=\"#{…}\" and the bundles").isEmpty();
	}

	@Test
	void everyBundleHasATwinInTheOtherLanguageWithTheSameKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				String name = file.getFileName().toString();
				boolean english = name.endsWith("_en.properties");
				Path twin = MESSAGES.resolve(english ? name.replace("_en.properties", ".properties")
						: name.replace(".properties", "_en.properties"));
				if (!Files.exists(twin)) {
					problems.add(name + " has no twin " + twin.getFileName());
					continue;
				}
				Set<String> missing = new TreeSet<>(keys(file));
				missing.removeAll(keys(twin));
				missing.forEach(key -> problems.add(key + " is in " + name + " but not in " + twin.getFileName()));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExistsInTheThaiBundles() throws IOException {
		Set<String> known = new HashSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path file : files
				.filter(f -> f.toString().endsWith(".properties") && !f.toString().endsWith("_en.properties"))
				.toList()) {
				known.addAll(keys(file));
			}
		}
		List<String> unknown = new ArrayList<>();
		for (Path template : templates()) {
			Matcher m = MESSAGE_KEY.matcher(Files.readString(template, StandardCharsets.UTF_8));
			while (m.find()) {
				if (!known.contains(m.group(1))) {
					unknown.add(TEMPLATES.relativize(template) + ": " + m.group(1));
				}
			}
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void theCheckCatchesHardCodedText() {
		Document document = Jsoup.parse("<p>ยินดีต้อนรับ</p><img alt=\"Logo\" src=x><p th:text=\"#{a}\">ตัวอย่าง</p>");
		List<String> found = new ArrayList<>();
		NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
			if (node instanceof TextNode text && isVisibleText(text)) {
				found.add(text.text());
			}
		}, document);
		assertThat(found).containsExactly("ยินดีต้อนรับ");
	}

	private static boolean isVisibleText(TextNode text) {
		Element parent = (Element) text.parent();
		return parent != null && !isReplaced(parent) && !parent.normalName().equals("script")
				&& !parent.normalName().equals("style") && LETTERS.matcher(text.text()).find();
	}

	private static boolean isReplaced(Element element) {
		for (Element e = element; e != null; e = e.parent()) {
			for (String attribute : REPLACING) {
				if (e.hasAttr(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	/** A form field's value is data, not a label, except on buttons. */
	private static boolean isHiddenValue(Element element, Attribute attribute) {
		return attribute.getKey().equals("value")
				&& !(element.normalName().equals("button") || element.attr("type").matches("(?i)submit|button|reset"));
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}

}
