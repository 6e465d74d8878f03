package th.go.moph.dho.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.ContentKind;
import th.go.moph.dho.publishing.AttachmentKind;
import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentItemRepository;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentService;
import th.go.moph.dho.publishing.PublicationWorkflow;
import th.go.moph.dho.thai.ThaiDates;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the example content of {@code demo/content.json} when the application starts on
 * an empty embedded database: every item is drafted, submitted by the demo editor and
 * approved by the demo approver through the workflow like staff content (so the audit
 * evidence exists too), in one transaction. It never runs under the {@code mysql}
 * profile, never when {@code dho.demo.enabled=false}, never on anything but H2, and never
 * when any content exists, so restarts of the file database add nothing.
 */
@Component
@Profile("!mysql")
@ConditionalOnBooleanProperty("dho.demo.enabled")
class DemoContentLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

	private static final LocalTime MORNING = LocalTime.of(9, 30);

	private final DemoSettings settings;

	private final ContentService content;

	private final PublicationWorkflow workflow;

	private final ContentItemRepository items;

	private final Catalog catalog;

	private final ResourceLoader resources;

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoContentLoader(DemoSettings settings, ContentService content, PublicationWorkflow workflow,
			ContentItemRepository items, Catalog catalog, ResourceLoader resources, DataSource dataSource,
			PlatformTransactionManager transactions, Clock clock) {
		this.settings = settings;
		this.content = content;
		this.workflow = workflow;
		this.items = items;
		this.catalog = catalog;
		this.resources = resources;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/** Loads the example content if it may; returns how many items it created. */
	int load() {
		if (!this.settings.enabled()) {
			return 0;
		}
		if (!isEmbeddedDatabase()) {
			log.warn("Demo content is only loaded into the embedded H2 database; not loading it here");
			return 0;
		}
		Integer created = this.transaction.execute(status -> {
			if (this.items.count() > 0) {
				log.info("Content already exists; demo content not loaded");
				return 0;
			}
			DemoContent demo = read();
			Instant now = this.clock.instant();
			DemoText text = new DemoText(ThaiDates.toLocal(now).toLocalDate());
			DemoFiles files = new DemoFiles();
			int seed = 0;
			for (DemoContent.Item item : demo.items()) {
				create(item, demo, text, files, now, seed++);
			}
			return demo.items().size();
		});
		int count = Objects.requireNonNullElse(created, 0);
		if (count > 0) {
			log.info("Loaded {} example items (demo content; set DHO_DEMO_ENABLED=false to start without)", count);
		}
		return count;
	}

	private void create(DemoContent.Item item, DemoContent demo, DemoText text, DemoFiles files, Instant now,
			int seed) {
		ContentKind kind = this.catalog.section(item.section()).kind();
		if (!kind.isAuthored()) {
			throw new IllegalStateException("Demo content for a computed section: " + item.section());
		}
		LocalDate today = ThaiDates.toLocal(now).toLocalDate();
		Instant publishAt = publishTime(item, today, now);
		LocalDate published = ThaiDates.toLocal(publishAt).toLocalDate();
		String title = text.text(item.title());
		String summary = demo.marker() + " · " + Objects.requireNonNullElse(text.fill(item.summary()), title);
		List<String> lines = item.bodyLines().stream().map(text::text).toList();
		String body = String.join("\n", lines) + "\n\n> " + demo.note() + "\n";
		int fiscalYear = item.fiscalYearOffset() != null ? ThaiDates.fiscalYear(today) + item.fiscalYearOffset()
				: ThaiDates.fiscalYear(published);

		ContentFields fields = ContentFields.of(title, summary, body)
			.withFiscalYear(fiscalYear)
			.withLink(item.link())
			.withWindow(publishAt, null);
		if (item.source() != null) {
			DemoContent.Source source = item.source();
			fields = fields.withSource(text.fill(source.name()), source.url(),
					source.daysAgo() == null ? null : today.minusDays(source.daysAgo()).atTime(MORNING));
		}
		if (item.person() != null) {
			DemoContent.Person p = item.person();
			fields = fields.withPerson(p.name(), text.fill(p.position()), p.phone());
		}
		if (item.procurement() != null) {
			DemoContent.Procurement p = item.procurement();
			fields = fields.withProcurement(p.method(), p.budget(), p.winner(), p.contract(),
					p.announcedDaysAgo() == null ? null : today.minusDays(p.announcedDaysAgo()),
					p.contractDaysAgo() == null ? null : today.minusDays(p.contractDaysAgo()));
		}
		if (item.faq() != null) {
			fields = fields.withFaq(item.faq().keywords(), item.faq().questions());
		}
		if (!item.stepList().isEmpty()) {
			fields = fields.withSteps(item.stepList()
				.stream()
				.map(s -> new ContentFields.StepFields(text.text(s.title()), text.fill(s.description()), s.duration()))
				.toList());
		}

		ContentRevision revision = this.workflow.createDraft(item.section(), item.slug(), fields,
				this.settings.author());
		long revisionId = Objects.requireNonNull(revision.getId());
		for (DemoContent.FileSpec file : item.fileList()) {
			String name = text.text(file.name());
			List<String> fileLines = file.lineList().stream().map(text::text).toList();
			if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
				this.content.attach(revisionId, AttachmentKind.FILE, new ByteArrayInputStream(files.csv(fileLines)),
						name, "text/csv", null);
			}
			else {
				List<String> paragraphs = new ArrayList<>();
				paragraphs.add(Objects.requireNonNullElse(text.fill(item.summary()), ""));
				paragraphs.addAll(fileLines.isEmpty() ? plain(lines) : fileLines);
				byte[] pdf = files.pdf(title, demo.note(), paragraphs, item.stepList()
					.stream()
					.map(s -> new DemoContent.Step(text.text(s.title()), text.fill(s.description()), s.duration()))
					.toList());
				this.content.attach(revisionId, AttachmentKind.FILE, new ByteArrayInputStream(pdf), name,
						"application/pdf", null);
			}
		}
		for (DemoContent.ImageSpec image : item.imageList()) {
			List<String> imageLines = image.lineList().stream().map(text::text).toList();
			byte[] png = files.png(image.style(), demo.marker(), imageLines, seed);
			this.content.attach(revisionId, AttachmentKind.IMAGE, new ByteArrayInputStream(png),
					text.text(image.name()), "image/png", text.text(image.alt()));
		}
		this.workflow.submit(revisionId, this.settings.author(), null);
		this.workflow.approve(revisionId, this.settings.approver(), null);
	}

	/**
	 * When an example item went live: days ago, or a day of a past month; never in the
	 * future.
	 */
	private static Instant publishTime(DemoContent.Item item, LocalDate today, Instant now) {
		LocalDate date;
		if (item.monthsAgo() != null) {
			LocalDate month = today.minusMonths(item.monthsAgo());
			int day = Math.min(Objects.requireNonNullElse(item.day(), 1), month.lengthOfMonth());
			date = month.withDayOfMonth(day);
		}
		else {
			date = today.minusDays(Objects.requireNonNullElse(item.daysAgo(), 0));
		}
		Instant at = date.atTime(MORNING).atZone(ThaiDates.ZONE).toInstant();
		Instant latest = now.minusSeconds(60);
		return at.isAfter(latest) ? latest : at;
	}

	/** Markdown lines as plain paragraphs for a PDF: no marks, no tables. */
	private static List<String> plain(List<String> lines) {
		return lines.stream()
			.filter(l -> !l.isBlank() && !l.startsWith("|"))
			.map(l -> l.replaceFirst("^[#>*\\-\\s]+", "").replace("**", ""))
			.filter(l -> !l.isBlank())
			.toList();
	}

	private DemoContent read() {
		try (InputStream in = this.resources.getResource(this.settings.resource()).getInputStream()) {
			return JsonMapper.builder().build().readValue(in, DemoContent.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo content " + this.settings.resource(), ex);
		}
	}

	private boolean isEmbeddedDatabase() {
		try (Connection connection = this.dataSource.getConnection()) {
			return "H2".equals(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException ex) {
			log.warn("Cannot tell which database this is; not loading demo content", ex);
			return false;
		}
	}

}
