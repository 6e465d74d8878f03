package th.go.moph.dho.publishing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import th.go.moph.dho.thai.ThaiDates;

/**
 * What changed between two revisions of an item: each field that differs, and a line diff
 * of the body.
 *
 * @param from the older revision's number (0 when compared with nothing)
 * @param to the newer revision's number
 * @param fields the fields that differ, in form order
 * @param body the line diff of the body text
 */
public record RevisionDiff(int from, int to, List<FieldChange> fields, List<LineDiff.Line> body) {

	/** A field that differs; {@code field} names a {@code publishing.field.*} message. */
	public record FieldChange(String field, String before, String after) {
	}

	public boolean bodyChanged() {
		return this.body.stream().anyMatch(l -> l.change() != LineDiff.Change.SAME);
	}

	public boolean isEmpty() {
		return this.fields.isEmpty() && !bodyChanged();
	}

	/** The changes from {@code before} (null: a new item) to {@code after}. */
	public static RevisionDiff between(@Nullable ContentRevision before, ContentRevision after) {
		Map<String, String> a = before == null ? Map.of() : fieldsOf(before);
		Map<String, String> b = fieldsOf(after);
		List<FieldChange> changes = new ArrayList<>();
		b.forEach((field, value) -> {
			String old = a.getOrDefault(field, "");
			if (!old.equals(value)) {
				changes.add(new FieldChange(field, old, value));
			}
		});
		String oldBody = before == null ? "" : Objects.requireNonNullElse(before.getBodyMarkdown(), "");
		return new RevisionDiff(before == null ? 0 : before.getRevisionNumber(), after.getRevisionNumber(), changes,
				LineDiff.between(oldBody, Objects.requireNonNullElse(after.getBodyMarkdown(), "")));
	}

	private static Map<String, String> fieldsOf(ContentRevision r) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("title", r.getTitle());
		f.put("summary", text(r.getSummary()));
		f.put("sourceName", text(r.getSourceName()));
		f.put("sourceUrl", text(r.getSourceUrl()));
		f.put("informationAt",
				r.getInformationAt() == null ? "" : ThaiDates.formatDateTime(r.getInformationAt(), ThaiDates.THAI));
		f.put("fiscalYear", r.getFiscalYear() == null ? "" : String.valueOf(r.getFiscalYear()));
		f.put("linkUrl", text(r.getLinkUrl()));
		f.put("personName", text(r.getPersonName()));
		f.put("personPosition", text(r.getPersonPosition()));
		f.put("personPhone", text(r.getPersonPhone()));
		f.put("procurementMethod", text(r.getProcurementMethod()));
		f.put("budgetAmount", r.getBudgetAmount() == null ? "" : r.getBudgetAmount().toPlainString());
		f.put("winnerName", text(r.getWinnerName()));
		f.put("contractAmount", r.getContractAmount() == null ? "" : r.getContractAmount().toPlainString());
		f.put("announcedOn", r.getAnnouncedOn() == null ? "" : ThaiDates.formatDate(r.getAnnouncedOn()));
		f.put("contractDate", r.getContractDate() == null ? "" : ThaiDates.formatDate(r.getContractDate()));
		f.put("faqKeywords", String.join(", ", r.faqKeywordList()));
		f.put("faqQuestions", String.join("\n", r.faqQuestionList()));
		f.put("steps", joined(r.getSteps(), s -> s.getPosition() + ". " + s.getTitle() + " (" + s.getDuration() + ")"
				+ (s.getDescription() == null || s.getDescription().isBlank() ? "" : ": " + s.getDescription())));
		// people compare files by name and size; the hashes stay in the evidence
		f.put("attachments",
				joined(r.getAttachments(),
						a -> a.getOriginalName() + (a.getAltText() == null ? "" : " [" + a.getAltText() + "]") + " ("
								+ kilobytes(a.getSizeBytes()) + " KB)"));
		f.put("publishAt", r.getPublishAt() == null ? "" : ThaiDates.formatDateTime(r.getPublishAt(), ThaiDates.THAI));
		f.put("unpublishAt",
				r.getUnpublishAt() == null ? "" : ThaiDates.formatDateTime(r.getUnpublishAt(), ThaiDates.THAI));
		return f;
	}

	private static <T> String joined(List<T> values, Function<T, String> text) {
		return values.stream().map(text).collect(Collectors.joining("\n"));
	}

	private static String kilobytes(long bytes) {
		return String.format("%,d", Math.max(1, (bytes + 1023) / 1024));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
