package th.go.moph.dho.line;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexContainer;
import com.linecorp.bot.messaging.model.FlexImage;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexSeparator;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.LocationMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.URIAction;

import th.go.moph.dho.assistant.Hotline;
import th.go.moph.dho.eservice.CitizenRequests;
import th.go.moph.dho.eservice.RequestStatus;
import th.go.moph.dho.linelogin.LiffApp;
import th.go.moph.dho.office.OfficeSettings;
import th.go.moph.dho.publishing.PublicFile;
import th.go.moph.dho.publishing.PublishedItem;
import th.go.moph.dho.publishing.PublishedSummary;
import th.go.moph.dho.thai.ThaiDates;

/**
 * Builds LINE messages from published content, each fitted to LINE's limits: text 5,000
 * characters, altText 1,500, a bubble 30 KB and a carousel 12 bubbles and 50 KB of JSON,
 * quick replies 13 items with 20-character labels, postback data 300 and URIs 1,000
 * characters. Every link points to the public site's stable URL.
 */
@Component
class LineMessages {

	static final int MAX_MESSAGES = 5;

	static final int MAX_TEXT = 5000;

	static final int MAX_ALT_TEXT = 1500;

	static final int MAX_BUBBLE_BYTES = 30_000;

	static final int MAX_CAROUSEL_BYTES = 50_000;

	static final int MAX_BUBBLES = 12;

	static final int MAX_QUICK_REPLIES = 13;

	static final int MAX_LABEL = 20;

	static final int MAX_URI = 1000;

	private static final String MUTED = "#5B6670";

	private static final String ACCENT = "#0B6E4F";

	private final OfficeSettings office;

	private final LineTexts texts;

	private final LiffApp liff;

	private final ObjectMapper json = ModelObjectMapper.createNewObjectMapper();

	private final QuickReplyLabels labels;

	LineMessages(OfficeSettings office, LineTexts texts, LiffApp liff) {
		this.office = office;
		this.texts = texts;
		this.liff = liff;
		this.labels = new QuickReplyLabels(List.of(texts.get("label.drop").split("\\|")),
				java.util.Set.of(texts.get("label.joiners").split("\\|")));
	}

	// ---- plain text and quick replies

	TextMessage text(String text, @Nullable QuickReply quickReply) {
		return new TextMessage.Builder(LineText.truncate(text, MAX_TEXT)).quickReply(quickReply).build();
	}

	TextMessage text(String text) {
		return text(text, null);
	}

	/** The six main menu entries as quick replies. */
	QuickReply menuQuickReply() {
		List<QuickReplyItem> items = new ArrayList<>();
		for (String word : List.of("news", "guides", "forms", "contact", "rate", "help")) {
			String label = this.texts.get("menu." + word);
			items.add(new QuickReplyItem(new MessageAction(label(label), label)));
		}
		items.add(new QuickReplyItem(uriAction(this.texts.get("menu.eservice"), eServiceUrl())));
		return new QuickReply(items);
	}

	/**
	 * Quick-reply labels for entries: short, saying what each is, different from each
	 * other ({@link QuickReplyLabels}).
	 * @param titles the entries' titles
	 * @param sharedPrefixes leading words to drop as well, such as the section's name
	 */
	List<String> labels(List<String> titles, List<String> sharedPrefixes) {
		return this.labels.labels(titles, sharedPrefixes);
	}

	QuickReply quickReply(List<Action> actions) {
		return new QuickReply(actions.stream().limit(MAX_QUICK_REPLIES).map(QuickReplyItem::new).toList());
	}

	PostbackAction postback(String label, String data, @Nullable String displayText) {
		if (data.length() > Postback.MAX_LENGTH) {
			throw new IllegalArgumentException("Postback data longer than " + Postback.MAX_LENGTH);
		}
		return new PostbackAction.Builder().label(label(label))
			.data(data)
			.displayText(displayText == null ? null : LineText.truncate(displayText, 300))
			.build();
	}

	URIAction uriAction(String label, String uri) {
		return new URIAction.Builder().label(label(label)).uri(uri(uri)).build();
	}

	// ---- hotlines

	/**
	 * What to do now, with one call button per hotline (most urgent first): a text with a
	 * quick reply and a button template would both do; a text with quick-reply URI
	 * actions keeps the number visible in the chat, and the buttons dial {@code tel:} at
	 * a tap.
	 */
	List<Message> hotlines(List<Hotline> hotlines) {
		StringBuilder text = new StringBuilder();
		List<Action> calls = new ArrayList<>();
		for (Hotline hotline : hotlines) {
			if (text.length() > 0) {
				text.append("\n\n");
			}
			text.append(
					this.texts.get("hotline." + hotline.name().toLowerCase(java.util.Locale.ROOT), hotline.number()));
			calls.add(uriAction(this.texts.get("hotline.call", hotline.number()), hotline.telUri()));
		}
		return List.of(text(text.toString(), quickReply(calls)));
	}

	// ---- greeting and help

	List<Message> greeting() {
		return List.of(text(this.texts.get("greeting", this.office.nameTh())),
				text(this.texts.get("privacy", this.office.absoluteUrl("/policies/privacy")), menuQuickReply()));
	}

	List<Message> help() {
		return List.of(text(this.texts.get("help", this.office.shortNameTh()), menuQuickReply()));
	}

	// ---- news

	/**
	 * The latest news as a carousel (at most 12 bubbles, 50 KB), with a link to all news.
	 */
	Message newsCarousel(List<PublishedSummary> news) {
		if (news.isEmpty()) {
			return text(this.texts.get("news.none", this.office.absoluteUrl("/public-relations/news")),
					menuQuickReply());
		}
		List<FlexBubble> bubbles = new ArrayList<>();
		for (PublishedSummary item : news.stream().limit(MAX_BUBBLES).toList()) {
			bubbles.add(newsBubble(item));
		}
		return carousel(this.texts.get("news.alt"), bubbles);
	}

	private FlexBubble newsBubble(PublishedSummary item) {
		String url = this.office.absoluteUrl(item.path());
		List<FlexComponent> body = new ArrayList<>();
		body.add(bold(LineText.truncate(item.title(), 120), "md", 3));
		body.add(small(ThaiDates.formatDate(item.publishedAt(), ThaiDates.THAI), MUTED));
		if (item.summary() != null && !item.summary().isBlank()) {
			body.add(wrapped(LineText.truncate(item.summary(), 160), "sm", 4));
		}
		FlexBubble.Builder bubble = new FlexBubble.Builder().body(vertical(body))
			.footer(vertical(List.of(button(this.texts.get("read-more"), url, true))));
		if (item.image() != null) {
			bubble.hero(new FlexImage.Builder(uri(this.office.absoluteUrl(item.image().url()))).size("full")
				.aspectRatio("20:13")
				.aspectMode(FlexImage.AspectMode.COVER)
				.action(uriAction(this.texts.get("read-more"), url))
				.build());
		}
		return bubble.build();
	}

	// ---- service guides and answers

	/**
	 * A service guide: title, summary, steps with durations, read more, the form, call
	 * the office.
	 */
	Message guideBubble(PublishedItem item) {
		List<FlexComponent> body = new ArrayList<>();
		body.add(bold(LineText.truncate(item.title(), 160), "lg", 4));
		if (item.summary() != null && !item.summary().isBlank()) {
			body.add(wrapped(LineText.truncate(item.summary(), 400), "sm", 8));
		}
		if (!item.steps().isEmpty()) {
			body.add(new FlexSeparator.Builder().margin("md").build());
			body.add(bold(this.texts.get("guide.steps"), "sm", 1));
			for (PublishedItem.Step step : item.steps().stream().limit(15).toList()) {
				String line = this.texts.get("guide.step", step.position(), LineText.truncate(step.title(), 100),
						LineText.truncate(step.duration(), 40));
				body.add(wrapped(line, "sm", 4));
			}
			if (item.steps().size() > 15) {
				body.add(small(this.texts.get("guide.more-steps", item.steps().size() - 15), MUTED));
			}
		}
		List<FlexComponent> footer = new ArrayList<>();
		footer.add(button(this.texts.get("read-more"), this.office.absoluteUrl(item.path()), true));
		item.files()
			.stream()
			.findFirst()
			.ifPresent(file -> footer
				.add(button(this.texts.get("guide.download"), this.office.absoluteUrl(file.url()), false)));
		footer.add(button(this.texts.get("call-office"), "tel:" + this.office.phoneDial(), false));
		FlexBubble bubble = new FlexBubble.Builder().body(vertical(body)).footer(vertical(footer)).build();
		return flex(LineText.truncate(item.title(), MAX_ALT_TEXT), bubble);
	}

	/** An FAQ or other entry as text: its title, its text and a link to its page. */
	Message answerText(PublishedItem item) {
		String link = this.texts.get("more-at", this.office.absoluteUrl(item.path()));
		String title = LineText.truncate(item.title(), 300);
		String body = item.bodyText().isBlank() ? (item.summary() == null ? "" : item.summary()) : item.bodyText();
		int room = MAX_TEXT - title.length() - link.length() - 4;
		return text(title + "\n\n" + LineText.truncate(body.strip(), Math.max(10, room)) + "\n\n" + link);
	}

	/** "คุณหมายถึง…" with up to three entries as postbacks. */
	Message suggestions(List<Postback> postbacks, List<String> titles) {
		List<Action> actions = new ArrayList<>();
		StringBuilder list = new StringBuilder(this.texts.get("suggest.intro"));
		List<String> shown = titles.subList(0, Math.min(3, titles.size()));
		List<String> labels = labels(shown, List.of());
		for (int i = 0; i < shown.size(); i++) {
			String title = shown.get(i);
			list.append('\n').append(i + 1).append(". ").append(LineText.truncate(title, 200));
			actions.add(postback(labels.get(i), postbacks.get(i).data(), title));
		}
		actions.add(new MessageAction(label(this.texts.get("menu.contact")), this.texts.get("menu.contact")));
		return text(list.toString(), quickReply(actions));
	}

	// ---- forms

	/** Forms with their download links, one bubble per form (at most 12). */
	Message formsList(List<PublishedItem> forms) {
		String all = this.office.absoluteUrl("/service-manuals/forms");
		if (forms.isEmpty()) {
			return text(this.texts.get("forms.none", all), menuQuickReply());
		}
		List<FlexBubble> bubbles = new ArrayList<>();
		for (PublishedItem form : forms.stream().limit(MAX_BUBBLES).toList()) {
			List<FlexComponent> body = new ArrayList<>();
			body.add(bold(LineText.truncate(form.title(), 120), "md", 3));
			if (form.summary() != null && !form.summary().isBlank()) {
				body.add(wrapped(LineText.truncate(form.summary(), 160), "sm", 3));
			}
			List<FlexComponent> footer = new ArrayList<>();
			for (PublicFile file : form.files().stream().limit(3).toList()) {
				footer.add(button(this.texts.get("forms.download", extension(file.name())),
						this.office.absoluteUrl(file.url()), footer.isEmpty()));
			}
			footer.add(button(this.texts.get("read-more"), this.office.absoluteUrl(form.path()), footer.isEmpty()));
			bubbles.add(new FlexBubble.Builder().size(FlexBubble.Size.KILO)
				.body(vertical(body))
				.footer(vertical(footer))
				.build());
		}
		return carousel(this.texts.get("forms.alt"), bubbles);
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toUpperCase(java.util.Locale.ROOT);
	}

	// ---- contact

	/** The contact card (phone, fax, email, hours, map) and the office's location. */
	List<Message> contact() {
		List<FlexComponent> body = new ArrayList<>();
		body.add(bold(this.office.nameTh(), "md", 3));
		body.add(wrapped(this.office.addressTh(), "sm", 4));
		body.add(small(this.texts.get("contact.phone", this.office.phone()), null));
		if (this.office.fax() != null && !this.office.fax().isBlank()) {
			body.add(small(this.texts.get("contact.fax", this.office.fax()), null));
		}
		body.add(small(this.texts.get("contact.email", this.office.email()), null));
		if (this.office.officeHoursTh() != null && !this.office.officeHoursTh().isBlank()) {
			body.add(wrapped(this.texts.get("contact.hours", this.office.officeHoursTh()), "xs", 3));
		}
		List<FlexComponent> footer = List.of(
				button(this.texts.get("call-office"), "tel:" + this.office.phoneDial(), true),
				button(this.texts.get("contact.send-email"), "mailto:" + this.office.email(), false),
				button(this.texts.get("contact.web"), this.office.absoluteUrl("/office/contact"), false));
		FlexBubble card = new FlexBubble.Builder().body(vertical(body)).footer(vertical(footer)).build();
		LocationMessage location = new LocationMessage.Builder(LineText.truncate(this.office.nameTh(), 100),
				LineText.truncate(this.office.addressTh(), 100), this.office.latitude(), this.office.longitude())
			.quickReply(menuQuickReply())
			.build();
		return List.of(flex(this.texts.get("contact.alt", this.office.nameTh()), card), location);
	}

	// ---- ratings

	Message askHelpful(String yesData, String noData) {
		return text(this.texts.get("rate.helpful"),
				quickReply(List.of(postback(this.texts.get("rate.yes"), yesData, this.texts.get("rate.yes")),
						postback(this.texts.get("rate.no"), noData, this.texts.get("rate.no")))));
	}

	/**
	 * "Not helpful": an apology, the closest other entries with their links and how to
	 * reach staff (phone, e-service); the score is asked for after these.
	 */
	List<Message> sorry(List<Entry> related) {
		StringBuilder text = new StringBuilder(this.texts.get("rate.sorry"));
		if (!related.isEmpty()) {
			text.append("\n\n").append(this.texts.get("rate.sorry.related"));
			for (Entry entry : related) {
				text.append("\n• ")
					.append(LineText.truncate(entry.title(), 200))
					.append("\n  ")
					.append(this.office.absoluteUrl(entry.path()));
			}
		}
		return List.of(text(text.toString()),
				text(this.texts.get("rate.sorry.staff", this.office.phone(), eServiceUrl())));
	}

	/** An entry to point to: its title and its path on the public site. */
	record Entry(String title, String path) {
	}

	Message askScore(String intro, List<String> scoreData) {
		List<Action> actions = new ArrayList<>();
		for (int i = 0; i < scoreData.size(); i++) {
			String label = this.texts.get("rate.score." + (i + 1));
			actions.add(postback(label, scoreData.get(i), label));
		}
		return text(intro, quickReply(actions));
	}

	// ---- e-services (the LIFF app) and news to followers

	/**
	 * A citizen's request as a card: tracking number, service, status, the office's note
	 * and a button to the request's page in the LIFF app.
	 */
	Message requestCard(String headerKey, String trackingNumber, String serviceNameTh, RequestStatus status,
			@Nullable String note, Instant at) {
		return flex(this.texts.get("request.alt", trackingNumber, statusLabel(status)),
				requestBubble(headerKey, trackingNumber, serviceNameTh, status, note, at));
	}

	private FlexBubble requestBubble(String headerKey, String trackingNumber, String serviceNameTh,
			RequestStatus status, @Nullable String note, Instant at) {
		List<FlexComponent> body = new ArrayList<>();
		body.add(small(this.texts.get(headerKey), MUTED));
		body.add(bold(trackingNumber, "lg", 1));
		body.add(wrapped(LineText.truncate(serviceNameTh, 200), "sm", 3));
		body.add(new FlexSeparator.Builder().margin("md").build());
		body.add(bold(this.texts.get("request.status", statusLabel(status)), "md", 2));
		if (note != null && !note.isBlank()) {
			body.add(wrapped(LineText.truncate(note.strip(), 600), "sm", 10));
		}
		body.add(small(ThaiDates.formatDateTime(at, ThaiDates.THAI), MUTED));
		return new FlexBubble.Builder().body(vertical(body))
			.footer(vertical(
					List.of(button(this.texts.get("request.open"), liffUrl("/requests/" + trackingNumber), true))))
			.build();
	}

	/** The citizen's newest requests as a carousel, with a button to all of them. */
	Message myRequests(List<CitizenRequests.RequestSummary> requests) {
		if (requests.isEmpty()) {
			return noRequests();
		}
		List<FlexBubble> bubbles = new ArrayList<>();
		for (CitizenRequests.RequestSummary r : requests.stream().limit(MAX_BUBBLES - 1).toList()) {
			bubbles.add(requestBubble("request.mine", r.trackingNumber(), r.serviceNameTh(), r.status(),
					r.lastCitizenMessage(), r.updatedAt()));
		}
		bubbles.add(new FlexBubble.Builder().size(FlexBubble.Size.KILO)
			.body(vertical(List.of(wrapped(this.texts.get("request.all-intro"), "sm", 4))))
			.footer(vertical(List.of(button(this.texts.get("request.all"), liffUrl("/requests"), true))))
			.build());
		return carousel(this.texts.get("request.mine-alt"), bubbles);
	}

	/** The card shown when the citizen has no request yet: a button to file one. */
	private Message noRequests() {
		FlexBubble bubble = new FlexBubble.Builder()
			.body(vertical(List.of(wrapped(this.texts.get("request.none"), "sm", 6))))
			.footer(vertical(List.of(button(this.texts.get("request.file"), liffUrl("/"), true))))
			.build();
		return flex(this.texts.get("request.none"), bubble);
	}

	String statusLabel(RequestStatus status) {
		return this.texts.get("request.status." + status.name());
	}

	/** A news item for the followers of its topic. */
	Message newsNotice(NewsTopic topic, String title, String path, @Nullable String summary, @Nullable String imageUrl,
			Instant publishedAt) {
		String url = this.office.absoluteUrl(path);
		List<FlexComponent> body = new ArrayList<>();
		body.add(small(this.texts.get("topic." + topic.code()), MUTED));
		body.add(bold(LineText.truncate(title, 160), "md", 4));
		body.add(small(ThaiDates.formatDate(publishedAt, ThaiDates.THAI), MUTED));
		if (summary != null && !summary.isBlank()) {
			body.add(wrapped(LineText.truncate(summary, 300), "sm", 6));
		}
		FlexBubble.Builder bubble = new FlexBubble.Builder().body(vertical(body))
			.footer(vertical(List.of(button(this.texts.get("read-more"), url, true),
					button(this.texts.get("topics.settings"), liffUrl("/settings"), false))));
		if (imageUrl != null) {
			bubble.hero(new FlexImage.Builder(uri(this.office.absoluteUrl(imageUrl))).size("full")
				.aspectRatio("20:13")
				.aspectMode(FlexImage.AspectMode.COVER)
				.action(uriAction(this.texts.get("read-more"), url))
				.build());
		}
		return flex(LineText.truncate(this.texts.get("topic." + topic.code()) + ": " + title, MAX_ALT_TEXT),
				bubble.build());
	}

	/**
	 * The follower's news topics, with a quick reply per topic that switches it (signed
	 * postbacks) and one to the LIFF settings page.
	 */
	Message topics(java.util.Set<NewsTopic> chosen, java.util.function.Function<NewsTopic, String> toggleData) {
		StringBuilder text = new StringBuilder(this.texts.get("topics.intro"));
		List<Action> actions = new ArrayList<>();
		for (NewsTopic topic : NewsTopic.values()) {
			String name = this.texts.get("topic." + topic.code());
			boolean on = chosen.contains(topic);
			text.append("\n").append(this.texts.get(on ? "topics.on" : "topics.off", name));
			String label = this.texts.get(on ? "topics.stop" : "topics.start",
					this.texts.get("topic-short." + topic.code()));
			actions.add(postback(label, toggleData.apply(topic), label));
		}
		actions.add(uriAction(this.texts.get("topics.settings"), liffUrl("/settings")));
		return text(text.toString(), quickReply(actions));
	}

	/**
	 * An address in the LIFF app, e.g. {@code /requests/ER-2569-000123}: through
	 * {@code liff.line.me} when a LIFF id is set, else the app's page under
	 * {@code /liff/}.
	 */
	String liffUrl(String path) {
		return this.liff.url(path);
	}

	// ---- building blocks

	/** The e-Service button (rich menu, quick reply): the LIFF app's list of services. */
	String eServiceUrl() {
		return liffUrl("/");
	}

	private Message carousel(String altText, List<FlexBubble> bubbles) {
		List<FlexBubble> fitted = new ArrayList<>(bubbles.subList(0, Math.min(MAX_BUBBLES, bubbles.size())));
		while (fitted.size() > 1 && jsonSize(new FlexCarousel(fitted)) > MAX_CAROUSEL_BYTES) {
			fitted.remove(fitted.size() - 1);
		}
		if (fitted.size() == 1) {
			return flex(altText, fitted.get(0));
		}
		return new FlexMessage(LineText.truncate(altText, MAX_ALT_TEXT), new FlexCarousel(fitted));
	}

	private Message flex(String altText, FlexBubble bubble) {
		if (jsonSize(bubble) > MAX_BUBBLE_BYTES) {
			throw new IllegalStateException("Bubble over 30 KB");
		}
		return new FlexMessage(LineText.truncate(altText, MAX_ALT_TEXT), bubble);
	}

	int jsonSize(FlexContainer container) {
		try {
			return this.json.writeValueAsBytes(container).length;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Messages as LINE receives them (each with its {@code type}), to be read back later.
	 */
	String messagesJson(List<Message> messages) {
		try {
			return this.json.writerFor(new com.fasterxml.jackson.core.type.TypeReference<List<Message>>() {
			}).writeValueAsString(messages);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String toJson(Object message) {
		try {
			return this.json.writeValueAsString(message);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static FlexBox vertical(List<FlexComponent> contents) {
		return new FlexBox.Builder(FlexBox.Layout.VERTICAL, contents).spacing("sm").build();
	}

	private static FlexText bold(String text, String size, int maxLines) {
		return new FlexText.Builder().text(text)
			.weight(FlexText.Weight.BOLD)
			.size(size)
			.wrap(true)
			.maxLines(maxLines)
			.color(ACCENT)
			.build();
	}

	private static FlexText wrapped(String text, String size, int maxLines) {
		return new FlexText.Builder().text(text).size(size).wrap(true).maxLines(maxLines).build();
	}

	private static FlexText small(String text, @Nullable String color) {
		return new FlexText.Builder().text(text).size("xs").wrap(true).color(color).build();
	}

	private FlexButton button(String label, String uri, boolean primary) {
		return new FlexButton.Builder(uriAction(label, uri))
			.style(primary ? FlexButton.Style.PRIMARY : FlexButton.Style.LINK)
			.color(primary ? ACCENT : null)
			.height(FlexButton.Height.SM)
			.build();
	}

	static String label(String label) {
		return LineText.truncate(label, MAX_LABEL);
	}

	private URI uri(String uri) {
		String u = uri.length() <= MAX_URI ? uri : this.office.absoluteUrl("/");
		return URI.create(u);
	}

}
