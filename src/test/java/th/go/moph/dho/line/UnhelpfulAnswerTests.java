package th.go.moph.dho.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;

import th.go.moph.dho.assistant.Answer;
import th.go.moph.dho.assistant.Assistant;
import th.go.moph.dho.feedback.Feedback;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;

/**
 * "ไม่เป็นประโยชน์" gets an apology, the closest other entries and the ways to reach
 * staff before the score is asked for; "เป็นประโยชน์" goes straight to the score.
 */
class UnhelpfulAnswerTests {

	static final Reply.Topic TOPIC = new Reply.Topic("item:1", "คู่มือสำหรับประชาชน: การขอใบรับรองแพทย์");

	final LineMessages messages = LineMessagesTests.messages();

	final LineTexts texts = new LineTexts(LineMessagesTests.messageSource());

	final Assistant assistant = mock(Assistant.class);

	final PublishedContent content = mock(PublishedContent.class);

	final RatingIntents.Prompts prompts = mock(RatingIntents.Prompts.class);

	final Conversation user = new Conversation("user-key-0001", null);

	RatingIntents.Helpful intent() {
		given(this.prompts.askedTopic(eq(this.user), any())).willReturn(Optional.of(TOPIC));
		given(this.prompts.askScore(eq(this.user), eq(TOPIC), anyString()))
			.willAnswer(i -> this.messages.askScore(i.getArgument(2), List.of("s1", "s2", "s3", "s4", "s5")));
		given(this.prompts.scoreIntro()).willReturn(this.texts.get("rate.score"));
		return new RatingIntents.Helpful(this.prompts, mock(Feedback.class), this.assistant, this.content,
				this.messages, this.texts);
	}

	@Test
	void notHelpfulApologisesOffersTheClosestOtherEntriesAndStaffBeforeTheScore() {
		RatingIntents.Helpful helpful = intent();
		// the assistant finds the rated entry itself and one other; the section fills up
		given(this.assistant.closestTo(TOPIC.title())).willReturn(new Answer(null, 0.5,
				List.of(new Answer.Match(1, "cert", TOPIC.title(), "/service-manuals/service-guides/1"),
						new Answer.Match(4, "cert-job", "ใบรับรองแพทย์สำหรับสมัครงาน", "/service-manuals/faq/4")),
				false));
		PublishedItem rated = item(1, TOPIC.title());
		given(this.content.find(1)).willReturn(Optional.of(rated));
		given(this.content.section("service-guides"))
			.willReturn(List.of(rated, item(2, "คู่มือสำหรับประชาชน: การร้องเรียนร้องทุกข์"),
					item(3, "คู่มือสำหรับประชาชน: การรับวัคซีนพื้นฐานสำหรับเด็ก")));

		Reply reply = helpful.reply(this.user, Postback.of("helpful", "t", "item:1", "v", "0"));

		List<String> texts = texts(reply.messages());
		assertThat(texts).hasSize(3);
		assertThat(texts.get(0)).startsWith("ขออภัย")
			.contains("ใบรับรองแพทย์สำหรับสมัครงาน", "https://thungtako.example.go.th/service-manuals/faq/4")
			.contains("การร้องเรียนร้องทุกข์", "https://thungtako.example.go.th/service-manuals/service-guides/2")
			.contains("service-guides/3")
			.doesNotContainPattern("service-guides/1(\\s|$)");
		assertThat(texts.get(1)).contains("077-000-000", "https://thungtako.example.go.th/liff/");
		assertThat(texts.get(2)).contains("1-5");
		assertThat(QuickReplyLabelsTests.labels(reply.messages().get(2))).hasSize(5);
		assertThat(reply.outcome()).isEqualTo("RATED_UNHELPFUL");
	}

	@Test
	void helpfulGoesStraightToTheScore() {
		Reply reply = intent().reply(this.user, Postback.of("helpful", "t", "item:1", "v", "1"));
		assertThat(reply.messages()).hasSize(1);
		assertThat(QuickReplyLabelsTests.labels(reply.messages().get(0))).hasSize(5);
	}

	private static List<String> texts(List<Message> messages) {
		List<String> texts = new ArrayList<>();
		for (Message m : messages) {
			texts.add(((TextMessage) m).text());
		}
		return texts;
	}

	private static PublishedItem item(long id, String title) {
		return new PublishedItem(id, null, QuickReplyLabelsTests.GUIDES, title, null, "<p>x</p>", "x", null, null, null,
				null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), 1,
				Instant.parse("2026-11-26T03:00:00Z"), Instant.parse("2026-11-26T03:00:00Z"));
	}

}
