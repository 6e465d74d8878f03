package th.go.moph.dho.line;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;
import th.go.moph.dho.publishing.PublishedSummary;

/** The menu intents: one small class each. */
final class MenuIntents {

	static final List<String> NEWS_SECTIONS = List.of("news", "activity-photos", "alerts", "job-announcements");

	private MenuIntents() {
	}

	/** ข่าว: the latest news as a carousel. */
	@Component
	static class News implements LineIntent {

		private final PublishedContent content;

		private final LineMessages messages;

		private final ReplyMemo<List<PublishedSummary>> memo = new ReplyMemo<>();

		News(PublishedContent content, LineMessages messages) {
			this.content = content;
			this.messages = messages;
		}

		@Override
		public String action() {
			return "news";
		}

		@Override
		public Set<String> words() {
			return Set.of("ข่าว", "ข่าวสาร", "ข่าวประชาสัมพันธ์", "news");
		}

		@Override
		public Reply reply(Conversation conversation, Postback request) {
			return this.memo.get(this.content.latest(NEWS_SECTIONS, LineMessages.MAX_BUBBLES),
					news -> Reply.of("NEWS", this.messages.newsCarousel(news)));
		}

	}

	/** แบบฟอร์ม: forms with download links. */
	@Component
	static class Forms implements LineIntent {

		private final PublishedContent content;

		private final LineMessages messages;

		private final ReplyMemo<List<PublishedItem>> memo = new ReplyMemo<>();

		Forms(PublishedContent content, LineMessages messages) {
			this.content = content;
			this.messages = messages;
		}

		@Override
		public String action() {
			return "forms";
		}

		@Override
		public Set<String> words() {
			return Set.of("แบบฟอร์ม", "ฟอร์ม", "ดาวน์โหลด", "ดาวน์โหลดแบบฟอร์ม", "forms", "form", "download");
		}

		@Override
		public Reply reply(Conversation conversation, Postback request) {
			return this.memo.get(this.content.section("forms"),
					forms -> Reply.of("FORMS", this.messages.formsList(forms)));
		}

	}

	/** ติดต่อ: the contact card and the office's location. */
	@Component
	static class Contact implements LineIntent {

		private final LineMessages messages;

		private final ReplyMemo<LineMessages> memo = new ReplyMemo<>();

		Contact(LineMessages messages) {
			this.messages = messages;
		}

		@Override
		public String action() {
			return "contact";
		}

		@Override
		public Set<String> words() {
			return Set.of("ติดต่อ", "ติดต่อเรา", "ติดต่อเจ้าหน้าที่", "เบอร์โทร", "เบอร์", "โทร", "contact", "phone");
		}

		@Override
		public Reply reply(Conversation conversation, Postback request) {
			return this.memo.get(this.messages, m -> new Reply(m.contact(), null, "CONTACT"));
		}

	}

	/** บริการ: the service guides to choose from. */
	@Component
	static class Guides implements LineIntent {

		private final PublishedContent content;

		private final LineMessages messages;

		private final ReplyMemo<List<PublishedItem>> memo = new ReplyMemo<>();

		private final LineTexts texts;

		Guides(PublishedContent content, LineMessages messages, LineTexts texts) {
			this.content = content;
			this.messages = messages;
			this.texts = texts;
		}

		@Override
		public String action() {
			return "guides";
		}

		@Override
		public Set<String> words() {
			return Set.of("บริการ", "คู่มือ", "คู่มือบริการ", "คู่มือประชาชน", "ถามตอบ", "service", "services", "guide",
					"guides");
		}

		@Override
		public Reply reply(Conversation conversation, Postback request) {
			return this.memo.get(this.content.section("service-guides"), this::list);
		}

		private Reply list(List<PublishedItem> guides) {
			if (guides.isEmpty()) {
				return Reply.of("GUIDES",
						this.messages.text(this.texts.get("guides.none"), this.messages.menuQuickReply()));
			}
			List<PublishedItem> shown = guides.stream().limit(LineMessages.MAX_QUICK_REPLIES).toList();
			List<String> sectionNames = shown.stream().map(g -> g.section().nameTh()).distinct().toList();
			List<String> labels = this.messages.labels(shown.stream().map(PublishedItem::title).toList(), sectionNames);
			List<com.linecorp.bot.messaging.model.Action> actions = new java.util.ArrayList<>();
			for (int i = 0; i < shown.size(); i++) {
				PublishedItem g = shown.get(i);
				actions.add(this.messages.postback(labels.get(i),
						Postback.of("item", "id", String.valueOf(g.id())).data(), g.title()));
			}
			StringBuilder text = new StringBuilder(this.texts.get("guides.intro"));
			guides.stream()
				.limit(LineMessages.MAX_QUICK_REPLIES)
				.forEach(g -> text.append("\n• ").append(LineText.truncate(g.title(), 200)));
			return Reply.of("GUIDES", this.messages.text(text.toString(), this.messages.quickReply(actions)));
		}

	}

	/** เมนู: what the bot can do. */
	@Component
	static class Help implements LineIntent {

		private final LineMessages messages;

		private final ReplyMemo<LineMessages> memo = new ReplyMemo<>();

		Help(LineMessages messages) {
			this.messages = messages;
		}

		@Override
		public String action() {
			return "help";
		}

		@Override
		public Set<String> words() {
			return Set.of("เมนู", "ช่วยเหลือ", "สวัสดี", "สวัสดีครับ", "สวัสดีค่ะ", "menu", "help", "hi", "hello");
		}

		@Override
		public Reply reply(Conversation conversation, Postback request) {
			return this.memo.get(this.messages, m -> new Reply(m.help(), null, "HELP"));
		}

	}

}
