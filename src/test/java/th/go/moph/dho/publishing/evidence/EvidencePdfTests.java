package th.go.moph.dho.publishing.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import th.go.moph.dho.thai.ThaiDates;

class EvidencePdfTests {

	private static final PdfName ACTUAL_TEXT = new PdfName("ActualText");

	private final EvidencePdf pdf = new EvidencePdf(messages());

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/evidence");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void formPdfContainsTheThaiNamesAndBuddhistEraDatesInOrder() throws IOException {
		EvidenceForm form = EvidenceFixtures.form(7, 3, EvidenceFixtures.PROCUREMENT_RESULTS, LocalDate.of(2025, 10, 1),
				"ประกาศผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2568");
		byte[] bytes = this.pdf.form(form, ThaiDates.THAI);
		save("form.pdf", bytes);

		String text = actualText(bytes);
		assertInOrder(text, "แบบฟอร์มการขอเผยแพร่ข้อมูลผ่านเว็บไซต์ของหน่วยงาน", "สำนักงานสาธารณสุขอำเภอทุ่งตะโก",
				"1 ตุลาคม 2568", "ประกาศผลการจัดซื้อจัดจ้าง ประจำเดือนตุลาคม 2568");
		assertInOrder(text, "1 ตุลาคม 2568", "https://thungtako.example.go.th/public-relations/procurement-results/3");
		assertInOrder(text, "ผู้รับผิดชอบการให้ข้อมูล", EvidenceFixtures.REQUESTER, EvidenceFixtures.REQUESTER_POSITION,
				"1 ตุลาคม 2568");
		assertInOrder(text, "ผู้อนุมัติรับรอง", EvidenceFixtures.APPROVER, EvidenceFixtures.APPROVER_POSITION,
				"2 ตุลาคม 2568");
		assertInOrder(text, "ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่", "(" + EvidenceFixtures.PUBLISHER + ")",
				EvidenceFixtures.PUBLISHER_POSITION, "3 ตุลาคม 2568");
		assertThat(glyphText(bytes)).containsSubsequence(noSpaces(EvidenceFixtures.REQUESTER),
				noSpaces(EvidenceFixtures.APPROVER), noSpaces(EvidenceFixtures.PUBLISHER), "3ตุลาคม2568");
		assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("/FontFile2").contains("Sarabun");
	}

	@Test
	void scriptInTopicAndRemarksIsPlainTextInThePdf() throws IOException {
		EvidenceForm base = EvidenceFixtures.form(8, 4, EvidenceFixtures.NEWS, LocalDate.of(2025, 11, 3),
				"<script>alert('x')</script> ข่าว");
		EvidenceForm form = new EvidenceForm(base.requestId(), base.itemId(), 1, base.officeName(), base.section(),
				base.date(), base.topic(), base.summary(), base.url(), "<img src=x onerror=alert(1)>", null,
				base.requester(), base.approver(), base.publisher());
		byte[] bytes = this.pdf.form(form, ThaiDates.THAI);

		assertThat(actualText(bytes)).contains("<script>alert('x')</script> ข่าว")
			.contains("<img src=x onerror=alert(1)>");
		assertThat(actionKeys(bytes)).isEmpty();
	}

	@Test
	void theActionCheckFindsScriptWhereThereIsSome() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph("x"));
		writer.addJavaScript("app.alert(1)");
		document.close();
		assertThat(actionKeys(out.toByteArray())).isNotEmpty();
	}

	/**
	 * Every key of every dictionary in the PDF that could run something when it is opened
	 * or clicked. (Searching the raw bytes for "/JS" fails now and then: compressed
	 * streams are random bytes that sometimes spell it.)
	 */
	private static List<String> actionKeys(byte[] pdf) throws IOException {
		List<PdfName> actions = List.of(PdfName.JAVASCRIPT, PdfName.JS, PdfName.OPENACTION, PdfName.AA, PdfName.LAUNCH);
		List<String> found = new ArrayList<>();
		PdfReader reader = new PdfReader(pdf);
		try {
			for (int i = 1; i < reader.getXrefSize(); i++) {
				PdfObject object = PdfReader.getPdfObject(reader.getPdfObject(i));
				if (object instanceof PdfDictionary dictionary) {
					for (PdfName key : dictionary.getKeys()) {
						if (actions.contains(key) || actions.contains(dictionary.get(key))) {
							found.add(i + ": " + key);
						}
					}
				}
			}
		}
		finally {
			reader.close();
		}
		return found;
	}

	@Test
	void unsignedBlocksLeaveDottedLinesToSignByHand() throws IOException {
		EvidenceForm base = EvidenceFixtures.form(9, 5, EvidenceFixtures.NEWS, LocalDate.of(2025, 11, 3), "ข่าว");
		EvidenceForm form = new EvidenceForm(9, 5, 1, base.officeName(), base.section(), base.date(), base.topic(),
				base.summary(), base.url(), "", null, base.requester(), Signatory.unsigned(SignatoryRole.APPROVER),
				Signatory.unsigned(SignatoryRole.PUBLISHER));

		String text = actualText(this.pdf.form(form, ThaiDates.THAI));

		assertThat(text).containsSubsequence("ผู้อนุมัติรับรอง", "(.....................................)",
				"ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่", "(.....................................)");
	}

	@Test
	void scheduledPublicationNamesTheSystemAsPublisher() throws IOException {
		EvidenceForm base = EvidenceFixtures.form(10, 5, EvidenceFixtures.NEWS, LocalDate.of(2025, 11, 3), "ข่าว");
		EvidenceForm form = new EvidenceForm(10, 5, 1, base.officeName(), base.section(), base.date(), base.topic(),
				base.summary(), base.url(), "", null, base.requester(), base.approver(),
				new Signatory(SignatoryRole.PUBLISHER, Signatory.SYSTEM, null, LocalDate.of(2025, 11, 10)));

		assertInOrder(actualText(this.pdf.form(form, ThaiDates.THAI)), "ผู้รับผิดชอบการนำข้อมูลขึ้นเผยแพร่",
				"(ระบบเผยแพร่อัตโนมัติตามกำหนดเวลา)", "10 พฤศจิกายน 2568");
	}

	@Test
	void reportPdfListsTheRequestsAndTheirCounts() throws IOException {
		EvidenceFixtures.FixtureEvidenceSource source = new EvidenceFixtures.FixtureEvidenceSource()
			.add(EvidenceFixtures.form(1, 1, EvidenceFixtures.NEWS, LocalDate.of(2025, 10, 1), "ข่าวรณรงค์ฉีดวัคซีน"))
			.add(EvidenceFixtures.form(2, 2, EvidenceFixtures.ACTS, LocalDate.of(2026, 9, 30),
					"พระราชบัญญัติการสาธารณสุข"));
		byte[] bytes = this.pdf.report(source.report(2569), ThaiDates.THAI);
		save("report.pdf", bytes);

		String text = actualText(bytes);
		assertThat(text).containsSubsequence("ประจำปีงบประมาณ พ.ศ. 2569", "1 ต.ค. 2568", "ข่าวรณรงค์ฉีดวัคซีน",
				EvidenceFixtures.REQUESTER, EvidenceFixtures.APPROVER, EvidenceFixtures.PUBLISHER, "30 ก.ย. 2569",
				"พระราชบัญญัติการสาธารณสุข");
		assertThat(text).containsSubsequence("จำนวนคำขอเผยแพร่จำแนกตามหมวดหมู่", "กฎหมาย ระเบียบ ข้อบังคับ", "1");
	}

	/**
	 * The text of the document as a reader copies it: the {@code /ActualText} of each
	 * shaped run in content-stream order, whitespace folded.
	 */
	static String actualText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			PdfContentParser parser = new PdfContentParser(new PRTokeniser(reader.getPageContent(page)));
			List<PdfObject> operands = new ArrayList<>();
			while (!parser.parse(operands).isEmpty()) {
				String operator = operands.get(operands.size() - 1).toString();
				if ("BDC".equals(operator) && operands.get(1) instanceof PdfDictionary properties) {
					PdfString actual = properties.getAsString(ACTUAL_TEXT);
					if (actual != null) {
						text.append(actual.toUnicodeString()).append(' ');
					}
				}
			}
		}
		return text.toString().replaceAll("\\s+", " ");
	}

	/**
	 * The text as OpenPDF's extractor finds it from the embedded font's ToUnicode map,
	 * without whitespace (it guesses word gaps from glyph positions) and with sara am
	 * recomposed (the shaper draws ำ as nikhahit + sara aa).
	 */
	static String glyphText(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(page));
		}
		return text.toString().replace("\u0E4D\u0E32", "\u0E33").replaceAll("\\s+", "");
	}

	/** The parts appear in this order; line wrapping (whitespace) does not matter. */
	static void assertInOrder(String text, String... parts) {
		assertThat(noSpaces(text))
			.containsSubsequence(java.util.Arrays.stream(parts).map(EvidencePdfTests::noSpaces).toList());
	}

	static String noSpaces(String value) {
		return value.replaceAll("\\s+", "");
	}

	private static void save(String name, byte[] bytes) throws IOException {
		Path dir = Path.of("target", "evidence-pdf");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), bytes);
	}

}
