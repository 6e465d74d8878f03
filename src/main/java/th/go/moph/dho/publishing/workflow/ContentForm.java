package th.go.moph.dho.publishing.workflow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.thai.BuddhistDate;
import th.go.moph.dho.thai.ThaiDates;

/**
 * A draft as the staff form posts it. Which fields show depends on the section's kind;
 * the steps are posted as indexed rows so the form works without JavaScript.
 */
record ContentForm(
		@NotBlank(message = "{publishing.form.title.required}") @Size(max = 300,
				message = "{publishing.form.tooLong}") String title,
		@Size(max = 1000, message = "{publishing.form.tooLong}") @Nullable String summary,
		@Size(max = 200000, message = "{publishing.form.tooLong}") @Nullable String bodyMarkdown,
		@Size(max = 500, message = "{publishing.form.tooLong}") @Nullable String sourceName,
		@Pattern(regexp = "^$|^https?://\\S+$", message = "{publishing.form.url.invalid}") @Size(max = 1000,
				message = "{publishing.form.tooLong}") @Nullable String sourceUrl,
		@BuddhistDate @Nullable LocalDate informationDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime informationTime,
		@Min(value = 2500, message = "{publishing.form.fiscalYear.invalid}") @Max(value = 2700,
				message = "{publishing.form.fiscalYear.invalid}") @Nullable Integer fiscalYear,
		@Pattern(regexp = "^$|^https?://\\S+$", message = "{publishing.form.url.invalid}") @Size(max = 1000,
				message = "{publishing.form.tooLong}") @Nullable String linkUrl,
		@Size(max = 255, message = "{publishing.form.tooLong}") @Nullable String personName,
		@Size(max = 255, message = "{publishing.form.tooLong}") @Nullable String personPosition,
		@Pattern(regexp = "^$|^[0-9+\\- ()#]{3,64}$",
				message = "{publishing.form.phone.invalid}") @Nullable String personPhone,
		@Size(max = 100, message = "{publishing.form.tooLong}") @Nullable String procurementMethod,
		@DecimalMin(value = "0", message = "{publishing.form.amount.invalid}") @Nullable BigDecimal budgetAmount,
		@Size(max = 500, message = "{publishing.form.tooLong}") @Nullable String winnerName,
		@DecimalMin(value = "0", message = "{publishing.form.amount.invalid}") @Nullable BigDecimal contractAmount,
		@BuddhistDate @Nullable LocalDate announcedOn, @BuddhistDate @Nullable LocalDate contractDate,
		@Size(max = 2000, message = "{publishing.form.tooLong}") @Nullable String faqKeywords,
		@Size(max = 20000, message = "{publishing.form.tooLong}") @Nullable String faqQuestions,
		@Valid @Nullable List<StepRow> steps, @BuddhistDate @Nullable LocalDate publishDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime publishTime,
		@BuddhistDate @Nullable LocalDate unpublishDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.TIME) @Nullable LocalTime unpublishTime) {

	/** One step row of a manual or guide. */
	record StepRow(@Size(max = 300, message = "{publishing.form.tooLong}") @Nullable String title,
			@Size(max = 2000, message = "{publishing.form.tooLong}") @Nullable String description,
			@Size(max = 100, message = "{publishing.form.tooLong}") @Nullable String duration) {

		boolean isBlank() {
			return blank(this.title) && blank(this.description) && blank(this.duration);
		}

	}

	static ContentForm empty() {
		return new ContentForm("", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, List.of(new StepRow(null, null, null)), null, null, null, null);
	}

	static ContentForm of(ContentRevision r) {
		List<StepRow> steps = new ArrayList<>(r.getSteps()
			.stream()
			.map(s -> new StepRow(s.getTitle(), s.getDescription(), s.getDuration()))
			.toList());
		if (steps.isEmpty()) {
			steps.add(new StepRow(null, null, null));
		}
		LocalDateTime publish = r.getPublishAt() == null ? null : ThaiDates.toLocal(r.getPublishAt());
		LocalDateTime unpublish = r.getUnpublishAt() == null ? null : ThaiDates.toLocal(r.getUnpublishAt());
		return new ContentForm(r.getTitle(), r.getSummary(), r.getBodyMarkdown(), r.getSourceName(), r.getSourceUrl(),
				r.getInformationAt() == null ? null : r.getInformationAt().toLocalDate(),
				r.getInformationAt() == null ? null : r.getInformationAt().toLocalTime(), r.getFiscalYear(),
				r.getLinkUrl(), r.getPersonName(), r.getPersonPosition(), r.getPersonPhone(), r.getProcurementMethod(),
				r.getBudgetAmount(), r.getWinnerName(), r.getContractAmount(), r.getAnnouncedOn(), r.getContractDate(),
				String.join(", ", r.faqKeywordList()), String.join("\n", r.faqQuestionList()), steps,
				publish == null ? null : publish.toLocalDate(), publish == null ? null : publish.toLocalTime(),
				unpublish == null ? null : unpublish.toLocalDate(), unpublish == null ? null : unpublish.toLocalTime());
	}

	/** The same form with one more empty step row (the "add step" button). */
	ContentForm withStepAdded() {
		List<StepRow> rows = new ArrayList<>(stepRows());
		rows.add(new StepRow(null, null, null));
		return withSteps(rows);
	}

	/** The same form without the step row at {@code index} (its "remove" button). */
	ContentForm withStepRemoved(int index) {
		List<StepRow> rows = new ArrayList<>(stepRows());
		if (index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
		return withSteps(rows);
	}

	private ContentForm withSteps(List<StepRow> rows) {
		return new ContentForm(title, summary, bodyMarkdown, sourceName, sourceUrl, informationDate, informationTime,
				fiscalYear, linkUrl, personName, personPosition, personPhone, procurementMethod, budgetAmount,
				winnerName, contractAmount, announcedOn, contractDate, faqKeywords, faqQuestions, rows, publishDate,
				publishTime, unpublishDate, unpublishTime);
	}

	List<StepRow> stepRows() {
		return this.steps == null ? List.of() : this.steps;
	}

	/** A step row that has a description or duration but no title. */
	int firstIncompleteStep() {
		List<StepRow> rows = stepRows();
		for (int i = 0; i < rows.size(); i++) {
			StepRow row = rows.get(i);
			if (!row.isBlank() && (blank(row.title()) || blank(row.duration()))) {
				return i;
			}
		}
		return -1;
	}

	public @Nullable Instant publishAt() {
		return instant(this.publishDate, this.publishTime);
	}

	public @Nullable Instant unpublishAt() {
		return instant(this.unpublishDate, this.unpublishTime);
	}

	ContentFields toFields() {
		LocalDateTime informationAt = this.informationDate == null ? null
				: this.informationDate.atTime(this.informationTime == null ? LocalTime.MIDNIGHT : this.informationTime);
		List<ContentFields.StepFields> stepFields = stepRows().stream()
			.filter(s -> !s.isBlank())
			.map(s -> new ContentFields.StepFields(trim(s.title()), blankToNull(s.description()), trim(s.duration())))
			.toList();
		return ContentFields.of(this.title.strip(), blankToNull(this.summary), blankToNull(this.bodyMarkdown))
			.withSource(blankToNull(this.sourceName), blankToNull(this.sourceUrl), informationAt)
			.withFiscalYear(this.fiscalYear)
			.withLink(blankToNull(this.linkUrl))
			.withPerson(blankToNull(this.personName), blankToNull(this.personPosition), blankToNull(this.personPhone))
			.withProcurement(blankToNull(this.procurementMethod), this.budgetAmount, blankToNull(this.winnerName),
					this.contractAmount, this.announcedOn, this.contractDate)
			.withFaq(split(this.faqKeywords, "[,|]"), split(this.faqQuestions, "\\R"))
			.withSteps(stepFields)
			.withWindow(publishAt(), unpublishAt());
	}

	private static @Nullable Instant instant(@Nullable LocalDate date, @Nullable LocalTime time) {
		if (date == null) {
			return null;
		}
		return date.atTime(time == null ? LocalTime.of(8, 0) : time).atZone(ThaiDates.ZONE).toInstant();
	}

	private static List<String> split(@Nullable String value, String separator) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String trim(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return blank(value) ? null : value.strip();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
