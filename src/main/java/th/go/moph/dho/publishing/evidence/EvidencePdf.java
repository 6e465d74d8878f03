package th.go.moph.dho.publishing.evidence;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import th.go.moph.dho.thai.ThaiDates;

/**
 * The request-for-publication form and the yearly monitoring report as A4 PDFs, laid out
 * like their print pages, every label from the {@code evidence} message bundle.
 */
@Component
class EvidencePdf {

	private static final float MARGIN = 56f;

	private final MessageSource messages;

	EvidencePdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] form(EvidenceForm form, Locale locale) {
		Texts t = new Texts(locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, MARGIN, MARGIN, 42f, 42f);
		PdfWriter.getInstance(document, out);
		document.addTitle(t.get("evidence.form.title") + " " + form.topic());
		document.addCreator(form.officeName());
		document.open();
		document.add(centered(t.get("evidence.form.title"), ThaiPdf.bold(18), 4f));
		document.add(centered(form.officeName(), ThaiPdf.regular(15), 14f));

		PdfPTable fields = new PdfPTable(new float[] { 3f, 7f });
		fields.setWidthPercentage(100f);
		row(fields, t.get("evidence.form.office"), form.officeName());
		row(fields, t.get("evidence.form.date"), t.date(form.date()));
		row(fields, t.get("evidence.form.topic"), form.topic());
		row(fields, t.get("evidence.form.summary"), form.summary());
		row(fields, t.get("evidence.form.url"), form.url());
		String remarks = form.remarks();
		if (form.urgent()) {
			String urgent = t.get("evidence.form.urgent") + " " + form.urgentReason();
			remarks = remarks.isBlank() ? urgent : remarks + "\n" + urgent;
		}
		row(fields, t.get("evidence.form.remarks"), remarks);
		document.add(fields);

		PdfPTable signatures = new PdfPTable(2);
		signatures.setWidthPercentage(100f);
		signatures.setSpacingBefore(24f);
		signatures.addCell(signature(form.requester(), t));
		signatures.addCell(signature(form.approver(), t));
		PdfPCell publisher = signature(form.publisher(), t);
		publisher.setColspan(2);
		publisher.setPaddingTop(18f);
		signatures.addCell(publisher);
		document.add(signatures);
		document.close();
		return out.toByteArray();
	}

	byte[] report(MonitoringReport report, Locale locale) {
		Texts t = new Texts(locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 36f, 36f, 36f, 36f);
		PdfWriter.getInstance(document, out);
		String title = t.get("evidence.report.title", String.valueOf(report.fiscalYear()));
		document.addTitle(title);
		document.addCreator(report.officeName());
		document.open();
		document.add(centered(title, ThaiPdf.bold(17), 2f));
		document.add(centered(report.officeName(), ThaiPdf.regular(14), 2f));
		document.add(centered(t.get("evidence.report.period", t.date(report.from()), t.date(report.to())),
				ThaiPdf.regular(13), 12f));

		Font small = ThaiPdf.regular(11);
		Font head = ThaiPdf.bold(11);
		PdfPTable rows = new PdfPTable(new float[] { 0.9f, 1.5f, 4f, 2.2f, 2.2f, 2.2f, 2.2f });
		rows.setWidthPercentage(100f);
		rows.setHeaderRows(1);
		for (String key : new String[] { "evidence.report.col.number", "evidence.report.col.date",
				"evidence.report.col.topic", "evidence.report.col.category", "evidence.role.requester",
				"evidence.role.approver", "evidence.role.publisher" }) {
			rows.addCell(cell(t.get(key), head));
		}
		int number = 0;
		for (EvidenceForm form : report.rows()) {
			rows.addCell(cell(String.valueOf(++number), small));
			rows.addCell(cell(t.shortDate(form.date()), small));
			rows.addCell(cell(form.topic() + "\n" + form.url(), small));
			rows.addCell(cell(form.section().name(locale), small));
			for (Signatory signatory : form.signatories()) {
				String who = t.name(signatory, "evidence.unsigned");
				rows.addCell(cell(who + "\n" + (signatory.date() == null ? "" : t.shortDate(signatory.date())), small));
			}
		}
		if (report.rows().isEmpty()) {
			PdfPCell none = cell(t.get("evidence.report.none"), small);
			none.setColspan(7);
			rows.addCell(none);
		}
		document.add(rows);

		document.add(centered(t.get("evidence.report.byCategory"), ThaiPdf.bold(13), 4f, 14f));
		PdfPTable categories = new PdfPTable(new float[] { 8f, 2f });
		categories.setWidthPercentage(60f);
		for (MonitoringReport.CategoryCount count : report.categories()) {
			categories.addCell(cell(count.category().name(locale), small));
			categories.addCell(number(count.count(), small));
		}
		categories.addCell(cell(t.get("evidence.report.total"), head));
		categories.addCell(number(report.total(), head));
		document.add(categories);

		document.add(centered(t.get("evidence.report.byMonth"), ThaiPdf.bold(13), 4f, 14f));
		PdfPTable months = new PdfPTable(13);
		months.setWidthPercentage(100f);
		report.months().forEach(m -> months.addCell(cell(m.label(locale), head)));
		months.addCell(cell(t.get("evidence.report.total"), head));
		report.months().forEach(m -> months.addCell(number(m.count(), small)));
		months.addCell(number(report.total(), head));
		document.add(months);
		document.close();
		return out.toByteArray();
	}

	private static Paragraph centered(String text, Font font, float after) {
		return centered(text, font, after, 0f);
	}

	private static Paragraph centered(String text, Font font, float after, float before) {
		Paragraph paragraph = new Paragraph(ThaiPdf.chunk(text, font));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(after);
		paragraph.setSpacingBefore(before);
		return paragraph;
	}

	private static void row(PdfPTable table, String label, String value) {
		PdfPCell name = cell(label, ThaiPdf.bold(14));
		name.setGrayFill(0.93f);
		table.addCell(name);
		PdfPCell content = cell(value, ThaiPdf.regular(14));
		content.setMinimumHeight(26f);
		table.addCell(content);
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(ThaiPdf.phrase(text, font));
		cell.setLeading(0f, 1.4f);
		cell.setPadding(5f);
		cell.setPaddingBottom(7f);
		return cell;
	}

	private static PdfPCell number(int value, Font font) {
		PdfPCell cell = cell(String.valueOf(value), font);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}

	private static PdfPCell signature(Signatory signatory, Texts t) {
		Font font = ThaiPdf.regular(14);
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		cell.addElement(line(t.get(signatory.role().messageKey()), ThaiPdf.bold(14), 10f));
		cell.addElement(line(t.get("evidence.form.sign") + " " + t.get("evidence.dots"), font, 4f));
		cell.addElement(line("(" + t.name(signatory, "evidence.dots") + ")", font, 2f));
		cell.addElement(line(t.get("evidence.form.position") + " "
				+ (signatory.hasPosition() ? signatory.position() : t.get("evidence.dots")), font, 2f));
		cell.addElement(line(t.get("evidence.form.signedOn") + " "
				+ (signatory.date() != null ? t.date(signatory.date()) : t.get("evidence.dots")), font, 2f));
		return cell;
	}

	private static Paragraph line(String text, Font font, float after) {
		Paragraph paragraph = new Paragraph(ThaiPdf.chunk(text, font));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(after);
		return paragraph;
	}

	/** The bundle's texts and dates in one language. */
	private final class Texts {

		private final Locale locale;

		Texts(Locale locale) {
			this.locale = locale;
		}

		String get(String key, @Nullable Object... args) {
			return EvidencePdf.this.messages.getMessage(key, args, this.locale);
		}

		/**
		 * The signatory's name, the system in words, or the text of the key when unknown.
		 */
		String name(Signatory signatory, String unknownKey) {
			if (signatory.isSystem()) {
				return get("evidence.system");
			}
			return signatory.hasName() ? java.util.Objects.requireNonNull(signatory.name()) : get(unknownKey);
		}

		String date(LocalDate date) {
			return ThaiDates.formatDate(date, this.locale);
		}

		String shortDate(LocalDate date) {
			return ThaiDates.formatShortDate(date, this.locale);
		}

	}

}
