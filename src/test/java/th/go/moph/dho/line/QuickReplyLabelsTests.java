package th.go.moph.dho.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.linecorp.bot.messaging.model.Message;

import th.go.moph.dho.catalog.ContentKind;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.catalog.UpdateCycle;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;

/**
 * Quick-reply buttons say what they do: every label of every intent's reply is within
 * LINE's 20 characters and differs from the other labels of its message.
 */
class QuickReplyLabelsTests {

	static final List<String> GUIDE_TITLES = List.of("คู่มือสำหรับประชาชน: การขอใบรับรองแพทย์",
			"คู่มือสำหรับประชาชน: การขึ้นทะเบียนและขอมีบัตรประจำตัวคนพิการ",
			"คู่มือสำหรับประชาชน: การร้องเรียนร้องทุกข์", "คู่มือสำหรับประชาชน: การรับวัคซีนพื้นฐานสำหรับเด็ก",
			"คู่มือสำหรับประชาชน: การขออนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (ตลาดนัด)",
			"คู่มือสำหรับประชาชน: การขออนุญาตจัดตั้งสถานที่จำหน่ายอาหาร (ร้านอาหาร)");

	static final Section GUIDES = new Section(601, 6, "service-manuals", "service-guides", 1, "คู่มือสำหรับประชาชน",
			"Service guides", "", "", ContentKind.SERVICE_GUIDE,
			new Section.Requirements(false, false, false, false, false), UpdateCycle.values()[0]);

	@Test
	void everyQuickReplyOfEveryIntentHasAShortDistinctLabel() throws Exception {
		LineMessages messages = LineMessagesTests.messages();
		Map<String, List<Message>> replies = new java.util.LinkedHashMap<>();
		replies.put("greeting", messages.greeting());
		replies.put("help", messages.help());
		replies.put("contact", messages.contact());
		replies.put("news none", List.of(messages.newsCarousel(List.of())));
		replies.put("forms none", List.of(messages.formsList(List.of())));
		replies.put("guides", guidesReply(messages, GUIDE_TITLES).messages());
		replies.put("suggestions", List.of(messages.suggestions(postbacks(3), GUIDE_TITLES.subList(0, 3))));
		replies.put("suggestions of one kind", List.of(messages.suggestions(postbacks(3), GUIDE_TITLES.subList(3, 6))));
		replies.put("rate helpful", List.of(messages.askHelpful("a=helpful&v=1", "a=helpful&v=0")));
		replies.put("rate score", List.of(messages.askScore("x", List.of("1", "2", "3", "4", "5"))));
		replies.forEach((intent, list) -> {
			for (Message message : list) {
				List<String> labels = labels(message);
				assertThat(labels).as(intent).allSatisfy(l -> assertThat(l.length()).as(l).isBetween(2, 20));
				assertThat(labels).as(intent).doesNotHaveDuplicates();
			}
		});
	}

	@Test
	void guideLabelsSayWhichServiceInsteadOfTheSectionName() {
		List<String> labels = labels(guidesReply(LineMessagesTests.messages(), GUIDE_TITLES).messages().get(0));
		assertThat(labels).containsExactly("ขอใบรับรองแพทย์", "ขึ้นทะเบียน…คนพิการ", "ร้องเรียนร้องทุกข์",
				"รับวัคซีนพื้นฐาน", "ขออนุญาต ตลาดนัด", "ขออนุญาต ร้านอาหาร");
		assertThat(labels).noneMatch(l -> l.startsWith("คู่มือ") || l.matches("^\\d+\\..*"));
	}

	@Test
	void suggestionLabelsAreNotNumberedAndTellTheEntriesApart() {
		List<String> labels = labels(
				LineMessagesTests.messages().suggestions(postbacks(3), GUIDE_TITLES.subList(0, 3)));
		assertThat(labels).startsWith("ขอใบรับรองแพทย์", "ขึ้นทะเบียน…คนพิการ", "ร้องเรียนร้องทุกข์");
	}

	@Test
	void identicalTitlesStillGetDifferentLabels() {
		QuickReplyLabels labels = new QuickReplyLabels(List.of("การ"), java.util.Set.of("และ"));
		List<String> result = labels.labels(List.of("ประชุมประจำเดือน อสม.", "ประชุมประจำเดือน อสม."), List.of());
		assertThat(result).doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).startsWith("ประชุม"));
	}

	private static Reply guidesReply(LineMessages messages, List<String> titles) {
		PublishedContent content = mock(PublishedContent.class);
		List<PublishedItem> guides = new ArrayList<>();
		for (int i = 0; i < titles.size(); i++) {
			guides.add(new PublishedItem(i + 1, null, GUIDES, titles.get(i), null, "<p>x</p>", "x", null, null, null,
					null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), 1,
					Instant.parse("2026-11-26T03:00:00Z"), Instant.parse("2026-11-26T03:00:00Z")));
		}
		given(content.section("service-guides")).willReturn(guides);
		MenuIntents.Guides intent = new MenuIntents.Guides(content, messages,
				new LineTexts(LineMessagesTests.messageSource()));
		return intent.reply(new Conversation("user-key-0001", null), Postback.of("guides"));
	}

	private static List<Postback> postbacks(int n) {
		List<Postback> list = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			list.add(Postback.of("item", "id", String.valueOf(i)));
		}
		return list;
	}

	static List<String> labels(Message message) {
		JsonNode items = LineMessagesTests.json.valueToTree(message).path("quickReply").path("items");
		List<String> labels = new ArrayList<>();
		items.forEach(item -> labels.add(item.path("action").path("label").asText()));
		return labels;
	}

}
