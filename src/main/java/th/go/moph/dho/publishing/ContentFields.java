package th.go.moph.dho.publishing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The content of a revision as staff forms, imports and the demo loader supply it. Which
 * fields matter depends on the section's kind.
 */
public record ContentFields(String title, @Nullable String summary, @Nullable String bodyMarkdown,
		@Nullable String sourceName, @Nullable String sourceUrl, @Nullable LocalDateTime informationAt,
		@Nullable Integer fiscalYear, @Nullable String linkUrl, @Nullable String personName,
		@Nullable String personPosition, @Nullable String personPhone, @Nullable String procurementMethod,
		@Nullable BigDecimal budgetAmount, @Nullable String winnerName, @Nullable BigDecimal contractAmount,
		@Nullable LocalDate announcedOn, @Nullable LocalDate contractDate, List<String> faqKeywords,
		List<String> faqQuestions, List<StepFields> steps, @Nullable Instant publishAt, @Nullable Instant unpublishAt) {

	/** Just a title, summary and body; add the rest with the {@code with…} methods. */
	public static ContentFields of(String title, @Nullable String summary, @Nullable String bodyMarkdown) {
		return new ContentFields(title, summary, bodyMarkdown, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, List.of(), List.of(), List.of(), null, null);
	}

	public ContentFields withSource(@Nullable String name, @Nullable String url, @Nullable LocalDateTime at) {
		return new ContentFields(title, summary, bodyMarkdown, name, url, at, fiscalYear, linkUrl, personName,
				personPosition, personPhone, procurementMethod, budgetAmount, winnerName, contractAmount, announcedOn,
				contractDate, faqKeywords, faqQuestions, steps, publishAt, unpublishAt);
	}

	public ContentFields withFiscalYear(@Nullable Integer year) {
		return new ContentFields(title, summary, bodyMarkdown, sourceName, sourceUrl, informationAt, year, linkUrl,
				personName, personPosition, personPhone, procurementMethod, budgetAmount, winnerName, contractAmount,
				announcedOn, contractDate, faqKeywords, faqQuestions, steps, publishAt, unpublishAt);
	}

	public ContentFields withLink(@Nullable String url) {
		return new ContentFields(title, summary, bodyMarkdown, sourceName, sourceUrl, informationAt, fiscalYear, url,
				personName, personPosition, personPhone, procurementMethod, budgetAmount, winnerName, contractAmount,
				announcedOn, contractDate, faqKeywords, faqQuestions, steps, publishAt, unpublishAt);
	}

	public ContentFields withPerson(@Nullable String name, @Nullable String position, @Nullable String phone) {
		return new ContentFields(title, summary, bodyMarkdown, sourceName, sourceUrl, informationAt, fiscalYear,
				linkUrl, name, position, phone, procurementMethod, budgetAmount, winnerName, contractAmount,
				announcedOn, contractDate, faqKeywords, faqQuestions, steps, publishAt, unpublishAt);
	}

	public ContentFields withProcurement(@Nullable String method, @Nullable BigDecimal budget, @Nullable String winner,
			@Nullable BigDecimal contract, @Nullable LocalDate announced, @Nullable LocalDate contracted) {
		return new ContentFields(title, summary, bodyMarkdown, sourceName, sourceUrl, informationAt, fiscalYear,
				linkUrl, personName, personPosition, personPhone, method, budget, winner, contract, announced,
				contracted, faqKeywords, faqQuestions, steps, publishAt, unpublishAt);
	}

	public ContentFields withFaq(List<String> keywords, List<String> questions) {
		return new ContentFields(title, summary, bodyMarkdown, sourceName, sourceUrl, informationAt, fiscalYear,
				linkUrl, personName, personPosition, personPhone, procurementMethod, budgetAmount, winnerName,
				contractAmount, announcedOn, contractDate, keywords, questions, steps, publishAt, unpublishAt);
	}

	public ContentFields withSteps(List<StepFields> newSteps) {
		return new ContentFields(title, summary, bodyMarkdown, sourceName, sourceUrl, informationAt, fiscalYear,
				linkUrl, personName, personPosition, personPhone, procurementMethod, budgetAmount, winnerName,
				contractAmount, announcedOn, contractDate, faqKeywords, faqQuestions, newSteps, publishAt, unpublishAt);
	}

	public ContentFields withWindow(@Nullable Instant from, @Nullable Instant until) {
		return new ContentFields(title, summary, bodyMarkdown, sourceName, sourceUrl, informationAt, fiscalYear,
				linkUrl, personName, personPosition, personPhone, procurementMethod, budgetAmount, winnerName,
				contractAmount, announcedOn, contractDate, faqKeywords, faqQuestions, steps, from, until);
	}

	/** One step of a manual or guide. */
	public record StepFields(String title, @Nullable String description, String duration) {
	}

	/** Writes these fields into a revision, replacing its steps. */
	void applyTo(ContentRevision r) {
		r.setTitle(this.title);
		r.setSummary(this.summary);
		r.setBodyMarkdown(this.bodyMarkdown);
		r.setSourceName(this.sourceName);
		r.setSourceUrl(this.sourceUrl);
		r.setInformationAt(this.informationAt);
		r.setFiscalYear(this.fiscalYear);
		r.setLinkUrl(this.linkUrl);
		r.setPersonName(this.personName);
		r.setPersonPosition(this.personPosition);
		r.setPersonPhone(this.personPhone);
		r.setProcurementMethod(this.procurementMethod);
		r.setBudgetAmount(this.budgetAmount);
		r.setWinnerName(this.winnerName);
		r.setContractAmount(this.contractAmount);
		r.setAnnouncedOn(this.announcedOn);
		r.setContractDate(this.contractDate);
		r.setFaqKeywords(this.faqKeywords.isEmpty() ? null : String.join("|", this.faqKeywords));
		r.setFaqQuestions(this.faqQuestions.isEmpty() ? null : String.join("\n", this.faqQuestions));
		r.setPublishAt(this.publishAt);
		r.setUnpublishAt(this.unpublishAt);
		java.util.List<RevisionStep> newSteps = new java.util.ArrayList<>();
		for (int i = 0; i < this.steps.size(); i++) {
			StepFields s = this.steps.get(i);
			newSteps.add(new RevisionStep(i + 1, s.title(), s.description(), s.duration()));
		}
		r.replaceSteps(newSteps);
	}

}
