package th.go.moph.dho.assistant;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import th.go.moph.dho.publishing.PublicationPublished;
import th.go.moph.dho.publishing.PublicationWithdrawn;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedItem;

/**
 * Keeps the index equal to what is published: rebuilt from the database when the app is
 * ready, then each published or withdrawn item re-read from {@link PublishedContent} (so
 * every instance of the app converges on the database, whatever order events arrive in).
 */
@Component
class AssistantIndexer {

	private static final Logger log = LoggerFactory.getLogger(AssistantIndexer.class);

	private final AnswerIndex index;

	private final PublishedContent content;

	private final SynonymGroupRepository synonyms;

	private final AssistantSettings settings;

	/** The lexicon shipped with the application, read once. */
	private final List<Lexicon.Concept> builtIn = Lexicon.builtInConcepts();

	AssistantIndexer(AnswerIndex index, PublishedContent content, SynonymGroupRepository synonyms,
			AssistantSettings settings) {
		this.index = index;
		this.content = content;
		this.synonyms = synonyms;
		this.settings = settings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuild() {
		reloadSynonyms();
		List<AnswerIndex.Entry> entries = new ArrayList<>();
		for (PublishedItem item : this.content.all()) {
			if (answersFrom(item)) {
				entries.add(toEntry(item));
			}
		}
		this.index.replaceAll(entries);
		log.info("Assistant index built: {} entries, {} synonym groups ({} lexicon concepts)", entries.size(),
				this.index.synonyms().size(), this.builtIn.size());
	}

	/**
	 * Reloads the synonyms once the current transaction has committed (now, when there is
	 * none).
	 */
	void reloadSynonymsAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					reloadSynonyms();
				}
			});
		}
		else {
			reloadSynonyms();
		}
	}

	/**
	 * Reads the synonym groups from the database into the index; also every few minutes,
	 * so every instance picks up staff's edits made on another.
	 */
	@Scheduled(fixedDelayString = "${dho.assistant.synonym-refresh:PT5M}", initialDelayString = "PT5M")
	void reloadSynonyms() {
		List<List<String>> groups = new ArrayList<>();
		this.builtIn.forEach(concept -> groups.add(concept.terms()));
		this.synonyms.findAllByOrderByIdAsc().forEach(group -> groups.add(group.termList()));
		this.index.useSynonyms(new SynonymTable(groups));
	}

	@ApplicationModuleListener
	void on(PublicationPublished event) {
		reindex(event.itemId());
	}

	@ApplicationModuleListener
	void on(PublicationWithdrawn event) {
		reindex(event.itemId());
	}

	/**
	 * Puts the item's live version in the index, or takes it out when it is no longer
	 * live.
	 */
	void reindex(long itemId) {
		this.content.find(itemId)
			.filter(this::answersFrom)
			.ifPresentOrElse(item -> this.index.put(toEntry(item)), () -> this.index.remove(itemId));
	}

	private boolean answersFrom(PublishedItem item) {
		return this.settings.categories().contains(item.section().categorySlug());
	}

	static AnswerIndex.Entry toEntry(PublishedItem item) {
		StringBuilder body = new StringBuilder();
		if (item.summary() != null) {
			body.append(item.summary()).append('\n');
		}
		body.append(item.bodyText()).append('\n');
		if (item.person() != null) {
			body.append(item.person().name()).append(' ');
			if (item.person().position() != null) {
				body.append(item.person().position());
			}
			body.append('\n');
		}
		for (PublishedItem.Step step : item.steps()) {
			body.append(step.title()).append(' ');
			if (step.description() != null) {
				body.append(step.description());
			}
			body.append('\n');
		}
		String slug = item.slug() != null ? item.slug() : Long.toString(item.id());
		return new AnswerIndex.Entry(item.id(), slug, item.title(), item.path(), item.faqKeywords(),
				item.faqQuestions(), body.toString());
	}

}
