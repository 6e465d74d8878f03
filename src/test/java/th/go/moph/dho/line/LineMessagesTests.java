package th.go.moph.dho.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;

import th.go.moph.dho.catalog.ContentKind;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.catalog.UpdateCycle;
import th.go.moph.dho.linelogin.LiffApp;
import th.go.moph.dho.office.OfficeSettings;
import th.go.moph.dho.publishing.PublicFile;
import th.go.moph.dho.publishing.PublishedItem;
import th.go.moph.dho.publishing.PublishedSummary;

/**
 * Every message builder against LINE's limits with the largest realistic content: long
 * Thai titles, 12 news items with images, guides with many steps, forms with many files.
 */
class LineMessagesTests {

	static final ObjectMapper json = ModelObjectMapper.createNewObjectMapper();

	static final String LONG_THAI = "โครงการรณรงค์ป้องกันและควบคุมโรคไข้เลือดออกในชุมชนตำบลปากตะโก ตำบลทุ่งตะไคร และตำบลช่องไม้แก้ว "
			+ "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ร่วมกับองค์กรปกครองส่วนท้องถิ่น อาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ";

	static ResourceBundleMessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/line");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static LineMessages messages() {
		ResourceBundleMessageSource source = messageSource();
		OfficeSettings office = new OfficeSettings("สำนักงานสาธารณสุขอำเภอทุ่งตะโก",
				"Thung Tako District Public Health Office", "สสอ.ทุ่งตะโก", "สำนักงานสาธารณสุขจังหวัดชุมพร",
				"เลขที่ 99 หมู่ 1 ตำบลปากตะโก อำเภอทุ่งตะโก จังหวัดชุมพร 86220", "99 Moo 1", "077-000-000",
				"077-000-001", "saraban@example.go.th", 10.1036, 99.0963, "/images/logo.svg",
				"https://thungtako.example.go.th", "จันทร์ - ศุกร์ 08:30 - 16:30 น.");
		LiffApp liff = org.mockito.Mockito.mock(LiffApp.class);
		org.mockito.Mockito.when(liff.url(org.mockito.ArgumentMatchers.anyString()))
			.thenAnswer(
					call -> office.absoluteUrl("/liff/" + call.getArgument(0, String.class).replaceFirst("^/", "")));
		return new LineMessages(office, new LineTexts(source), liff);
	}

	static Section section(String category, String slug, ContentKind kind) {
		return new Section(1, 1, category, slug, 1, "ส่วน", "Section", "", "", kind,
				new Section.Requirements(false, false, false, false, false), UpdateCycle.values()[0]);
	}

	static String longText(int n) {
		return LONG_THAI.repeat(n / LONG_THAI.length() + 1).substring(0, n);
	}

	static PublicFile file(long id, String name) {
		return new PublicFile(id, name, name.endsWith(".jpg") ? "image/jpeg" : "application/pdf", 1000, "ab".repeat(32),
				longText(300));
	}

	static PublishedItem item(long id, Section section, int steps, int files) {
		List<PublishedItem.Step> list = new ArrayList<>();
		for (int i = 1; i <= steps; i++) {
			list.add(new PublishedItem.Step(i, longText(250), longText(400), "ภายใน 15 นาที ถึง 1 วันทำการ"));
		}
		List<PublicFile> fileList = new ArrayList<>();
		for (int i = 1; i <= files; i++) {
			fileList.add(file(i, "แบบคำขอรับบริการ-" + longText(120) + ".pdf"));
		}
		return new PublishedItem(id, "slug-" + id, section, longText(400), longText(1200), "<p>x</p>", longText(12000),
				null, null, null, 2569, null, null, null, List.of(), List.of(), list, fileList,
				List.of(file(99, "ภาพ.jpg")), 1, Instant.parse("2026-11-26T03:00:00Z"),
				Instant.parse("2026-11-20T03:00:00Z"));
	}

	static void assertWithinLimits(Message message) throws Exception {
		JsonNode node = json.valueToTree(message);
		assertTree(node);
		if (message instanceof FlexMessage flex) {
			assertThat(flex.altText().length()).isLessThanOrEqualTo(1500);
			int size = json.writeValueAsBytes(flex.contents()).length;
			if (flex.contents() instanceof FlexCarousel carousel) {
				assertThat(carousel.contents()).hasSizeLessThanOrEqualTo(12);
				assertThat(size).isLessThanOrEqualTo(50_000);
				for (var bubble : carousel.contents()) {
					assertThat(json.writeValueAsBytes(bubble).length).isLessThanOrEqualTo(30_000);
				}
			}
			else {
				assertThat(size).isLessThanOrEqualTo(30_000);
			}
		}
		JsonNode quick = node.path("quickReply").path("items");
		assertThat(quick.size()).isLessThanOrEqualTo(13);
	}

	/** Checks every text, label, postback data and URI in the message tree. */
	static void assertTree(JsonNode node) {
		if (node.isObject()) {
			String type = node.path("type").asText();
			if (node.has("label")) {
				assertThat(node.get("label").asText().length()).as("label").isLessThanOrEqualTo(20);
			}
			if (type.equals("postback")) {
				assertThat(node.get("data").asText().length()).isLessThanOrEqualTo(300);
			}
			if (node.has("uri")) {
				assertThat(node.get("uri").asText().length()).isLessThanOrEqualTo(1000);
			}
			if (node.has("url")) {
				assertThat(node.get("url").asText()).startsWith("https://");
			}
			if (node.has("text")) {
				String text = node.get("text").asText();
				assertThat(text.length()).isLessThanOrEqualTo(5000);
				assertWhole(text);
			}
			if (type.equals("location")) {
				assertThat(node.get("title").asText().length()).isLessThanOrEqualTo(100);
				assertThat(node.get("address").asText().length()).isLessThanOrEqualTo(100);
			}
			node.forEach(LineMessagesTests::assertTree);
		}
		else if (node.isArray()) {
			node.forEach(LineMessagesTests::assertTree);
		}
	}

	/** No broken surrogate pair and no mark without its consonant at a cut. */
	static void assertWhole(String text) {
		assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(text);
		int cut = text.indexOf(LineText.ELLIPSIS);
		if (cut > 0) {
			assertThat(LineText.isMark(text.charAt(0))).isFalse();
			char before = text.charAt(cut - 1);
			assertThat(before).isNotIn('เ', 'แ', 'โ', 'ใ', 'ไ');
		}
	}

	@Test
	void newsCarouselOfTwelveLongThaiItemsFitsLineLimits() throws Exception {
		Section news = section("public-relations", "news", ContentKind.NEWS);
		List<PublishedSummary> items = new ArrayList<>();
		for (int i = 1; i <= 15; i++) {
			items.add(new PublishedSummary(i, news, longText(500), longText(2000), file(i, "ภาพข่าว.jpg"),
					Instant.parse("2026-11-26T03:00:00Z")));
		}
		Message message = messages().newsCarousel(items);
		assertWithinLimits(message);
		FlexCarousel carousel = (FlexCarousel) ((FlexMessage) message).contents();
		assertThat(carousel.contents()).hasSize(12);
		String body = json.writeValueAsString(message);
		assertThat(body).contains("26 พฤศจิกายน 2569")
			.contains("https://thungtako.example.go.th/public-relations/news/1")
			.contains("https://thungtako.example.go.th/files/1");
	}

	@Test
	void guideBubbleWithManyLongStepsFitsLineLimits() throws Exception {
		PublishedItem guide = item(7, section("service-manuals", "service-guides", ContentKind.SERVICE_GUIDE), 25, 3);
		Message message = messages().guideBubble(guide);
		assertWithinLimits(message);
		String body = json.writeValueAsString(message);
		assertThat(body).contains("tel:077000000")
			.contains("https://thungtako.example.go.th/service-manuals/service-guides/7")
			.contains("https://thungtako.example.go.th/files/1")
			.contains("ภายใน 15 นาที");
	}

	@Test
	void formsListAndAnswersFitLineLimits() throws Exception {
		Section forms = section("service-manuals", "forms", ContentKind.FORM);
		List<PublishedItem> list = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			list.add(item(i, forms, 0, 6));
		}
		LineMessages messages = messages();
		assertWithinLimits(messages.formsList(list));
		assertWithinLimits(messages.answerText(item(3, section("service-manuals", "faq", ContentKind.FAQ), 0, 0)));
		List<Postback> postbacks = List.of(Postback.of("item", "id", "1"), Postback.of("item", "id", "2"),
				Postback.of("item", "id", "3"));
		assertWithinLimits(messages.suggestions(postbacks, List.of(longText(300), longText(200), longText(100))));
	}

	@Test
	void contactGreetingHelpAndRatingMessagesFitLineLimits() throws Exception {
		LineMessages messages = messages();
		for (Message m : messages.contact()) {
			assertWithinLimits(m);
		}
		for (Message m : messages.greeting()) {
			assertWithinLimits(m);
		}
		assertWithinLimits(messages.help().get(0));
		String data = "a=score&t=item%3A123456789&v=5&k=0123456789abcdef";
		assertWithinLimits(messages.askScore("x", List.of(data, data, data, data, data)));
		assertWithinLimits(messages.askHelpful(data, data));
		assertThat(json.writeValueAsString(messages.greeting()))
			.contains("https://thungtako.example.go.th/policies/privacy");
	}

	@Test
	void truncatesThaiWithoutSplittingCharacters() {
		String text = "ก่ำ".repeat(10) + "เกี๋ยว😀😀" + "สุ่ม".repeat(5);
		for (int max = 2; max < text.length(); max++) {
			String cut = LineText.truncate(text, max);
			assertThat(cut.length()).isLessThanOrEqualTo(max);
			String kept = cut.substring(0, cut.length() - LineText.ELLIPSIS.length());
			if (!kept.isEmpty()) {
				char last = kept.charAt(kept.length() - 1);
				assertThat(Character.isHighSurrogate(last)).isFalse();
				assertThat(last).isNotIn('เ', 'แ', 'โ', 'ใ', 'ไ');
				assertThat(text.startsWith(kept)).isTrue();
				char next = text.charAt(kept.length());
				assertThat(LineText.isMark(next)).as("mark after cut at %d", max).isFalse();
				assertThat(Character.isLowSurrogate(next)).isFalse();
			}
		}
	}

	@Test
	void normalisesMenuWords() {
		assertThat(LineText.normalize("  MENU ")).isEqualTo("menu");
		assertThat(LineText.normalize("ข่าว\u200B")).isEqualTo("ข่าว");
		assertThat(LineText.normalize("๑๒๓")).isEqualTo("123");
	}

	@Test
	void readsOnlyWellFormedPostbacks() {
		assertThat(Postback.parse("a=item&id=4")).hasValueSatisfying(p -> assertThat(p.param("id")).isEqualTo("4"));
		assertThat(Postback.parse("garbage")).isEmpty();
		assertThat(Postback.parse("id=4")).isEmpty();
		assertThat(Postback.parse("a=x&b=%ZZ")).isEmpty();
		assertThat(Postback.parse("a=" + "x".repeat(400))).isEmpty();
	}

}
