package th.go.moph.dho.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentItem;
import th.go.moph.dho.publishing.ContentItemRepository;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.PublicationWorkflow;

/**
 * Writes FAQ entries for the assistant's staff screens: the bulk import (all rows or
 * none), a missed question added as an example phrasing of an entry, a new entry started
 * from a missed question. Everything becomes a draft that goes through approval, except
 * an admin's import with {@code publish=true}.
 * <p>
 * An imported slug that already exists as an FAQ entry gets a new draft revision of that
 * item (title, answer, keywords and questions replaced; everything else kept), so a
 * spreadsheet can be imported again after corrections; a slug used by an item of another
 * section is an error, and so is an entry whose revision awaits approval (an approver
 * approves what they read).
 */
@Service
class FaqDrafts {

	static final String SECTION = "faq";

	private final PublicationWorkflow workflow;

	private final MessageSource messages;

	private final ContentItemRepository items;

	private final FaqImportParser parser = new FaqImportParser();

	private final Catalog catalog;

	FaqDrafts(PublicationWorkflow workflow, MessageSource messages, ContentItemRepository items, Catalog catalog) {
		this.catalog = catalog;
		this.workflow = workflow;
		this.messages = messages;
		this.items = items;
	}

	/**
	 * What an import did: the entries created and revised, or the problems that stopped
	 * it (then nothing was saved).
	 */
	record ImportResult(int created, int revised, boolean published, List<FaqImportParser.Problem> problems) {

		boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/** Reads, checks every row, then saves all rows in one transaction, or nothing. */
	@Transactional
	ImportResult importFile(String fileName, byte[] content, String author, boolean publish) {
		FaqImportParser.Result parsed = this.parser.parse(fileName, content);
		if (!parsed.ok()) {
			return new ImportResult(0, 0, false, parsed.problems());
		}
		int faqSection = this.catalog.section(SECTION).id();
		List<FaqImportParser.Problem> problems = new ArrayList<>();
		for (FaqImportParser.Row row : parsed.rows()) {
			this.items.findBySlug(row.slug()).ifPresent(item -> {
				if (item.getSectionId() != faqSection) {
					problems.add(new FaqImportParser.Problem(row.line(), "assistant.import.error.slugOtherSection",
							row.slug()));
				}
				else if (this.workflow.awaitsApproval(item.id())) {
					problems.add(new FaqImportParser.Problem(row.line(), "assistant.import.error.awaitingApproval",
							row.slug()));
				}
			});
		}
		if (!problems.isEmpty()) {
			return new ImportResult(0, 0, false, problems);
		}
		int created = 0;
		int revised = 0;
		List<Long> revisionIds = new ArrayList<>();
		for (FaqImportParser.Row row : parsed.rows()) {
			Optional<ContentItem> existing = this.items.findBySlug(row.slug());
			if (existing.isPresent()) {
				ContentRevision revision = this.workflow.editDraftOf(existing.get().id(), author, r -> {
					r.setTitle(row.title());
					r.setBodyMarkdown(row.answer());
					r.setFaqKeywords(row.keywords().isEmpty() ? null : String.join("|", row.keywords()));
					r.setFaqQuestions(row.questions().isEmpty() ? null : String.join("\n", row.questions()));
				});
				revisionIds.add(revision.getId());
				revised++;
			}
			else {
				ContentRevision revision = this.workflow.createDraft(SECTION, row.slug(),
						ContentFields.of(row.title(), null, row.answer()).withFaq(row.keywords(), row.questions()),
						author);
				revisionIds.add(revision.getId());
				created++;
			}
		}
		if (publish) {
			for (Long id : revisionIds) {
				publishDirectly(id, author, fileName);
			}
		}
		return new ImportResult(created, revised, publish, List.of());
	}

	/**
	 * A new draft revision of an FAQ item with the question appended to its example
	 * phrasings.
	 */
	@Transactional
	ContentRevision addExamplePhrasing(long itemId, String question, String author) {
		int faqSection = this.catalog.section(SECTION).id();
		this.items.findById(itemId)
			.filter(item -> item.getSectionId() == faqSection)
			.orElseThrow(() -> new FaqEntryNotFoundException(itemId));
		return this.workflow.editDraftOf(itemId, author, revision -> {
			List<String> phrasings = new ArrayList<>(revision.faqQuestionList());
			if (!phrasings.contains(question)) {
				phrasings.add(question);
			}
			revision.setFaqQuestions(String.join("\n", phrasings));
		});
	}

	/**
	 * A new draft FAQ entry whose title and first example phrasing are the question;
	 * staff write the answer.
	 */
	@Transactional
	ContentRevision startEntry(String question, String author) {
		String title = question.length() > 300 ? question.substring(0, 300) : question;
		return this.workflow.createDraft(SECTION, null,
				ContentFields.of(title, null, null).withFaq(List.of(), List.of(question)), author);
	}

	/**
	 * An admin's import published at once: the audit log and the publication request
	 * record the admin as approver, and the entry waits for a second approver's review
	 * afterwards.
	 */
	private void publishDirectly(long revisionId, String admin, String fileName) {
		String reason = this.messages.getMessage("assistant.import.publishReason", new Object[] { fileName },
				LocaleContextHolder.getLocale());
		this.workflow.publishImmediately(revisionId, admin, reason);
	}

}
