package th.go.moph.dho.site;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.imageio.ImageIO;

import th.go.moph.dho.publishing.AttachmentKind;
import th.go.moph.dho.publishing.ContentFields;
import th.go.moph.dho.publishing.ContentFields.StepFields;
import th.go.moph.dho.publishing.ContentItem;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.ContentService;

/**
 * Content of every authored section kind, created the way staff create it (draft, attach,
 * go live), plus a draft, a withdrawn item and an item full of markup that must render as
 * text. Tests of the public site build on it instead of the demo loader.
 */
final class SiteContentFixture {

	static final String XSS_TITLE = "<script>alert('title')</script> ประกาศทดสอบ";

	static final String XSS_FILE_NAME = "<img src=x onerror=alert(1)>.pdf";

	static final String THAI_FILE_NAME = "แบบคำร้องทั่วไป ฉบับปรับปรุง.pdf";

	private final ContentService content;

	private SiteContentFixture(ContentService content) {
		this.content = content;
	}

	/** What the fixture created, for tests that need ids. */
	record Created(long pageItem, long newsItem, long alertItem, long lawItem, long procurementItem, long xssItem,
			long thaiFile, long imageFile, long xssFile, long draftFile, long withdrawnFile, long withdrawnItem) {
	}

	static Created create(ContentService content) {
		return new SiteContentFixture(content).createAll();
	}

	private Created createAll() {
		long page = live("history", ContentFields.of("ประวัติสำนักงานสาธารณสุขอำเภอทุ่งตะโก", "ความเป็นมาโดยย่อ",
				"## ความเป็นมา\n\nสำนักงานก่อตั้งเพื่อดูแลสุขภาพประชาชนในอำเภอ\n\n| ปี | เหตุการณ์ |\n|---|---|\n| 2530 | ก่อตั้ง |"));
		live("vision-mission", ContentFields.of("วิสัยทัศน์และพันธกิจ", null, "ประชาชนสุขภาพดี"));
		ContentRevision executive = draft("executives",
				ContentFields.of("สาธารณสุขอำเภอทุ่งตะโก", null, "ผู้บริหารสูงสุด")
					.withPerson("นายสมชาย ใจดี", "สาธารณสุขอำเภอทุ่งตะโก", "077-000-010"));
		this.content.attach(executive.getId(), AttachmentKind.IMAGE, png(), "somchai.png", "image/png",
				"รูปถ่ายนายสมชาย ใจดี");
		this.content.goLive(executive.getId());
		live("executive-profiles", ContentFields.of("ประวัตินายสมชาย ใจดี", null, "การศึกษาและประสบการณ์")
			.withPerson("นายสมชาย ใจดี", "สาธารณสุขอำเภอ", null));
		ContentRevision plan = draft("action-plan",
				ContentFields.of("แผนปฏิบัติราชการ ปีงบประมาณ 2570", "แผนงานและงบประมาณ", "รายละเอียดตามเอกสารแนบ")
					.withFiscalYear(2570));
		long thaiFile = attach(plan, AttachmentKind.FILE, THAI_FILE_NAME, "application/pdf", null);
		this.content.goLive(plan.getId());
		live("contact", ContentFields.of("ช่องทางติดต่อเพิ่มเติม", "ติดต่อผ่านไลน์ได้ตลอดเวลา",
				"เพิ่มเพื่อนไลน์ **@dhothungtako**"));
		long law = live("acts", ContentFields.of("พระราชบัญญัติการสาธารณสุข พ.ศ. 2535", null, "สาระสำคัญของกฎหมาย")
			.withSource("ราชกิจจานุเบกษา", "https://www.ratchakitcha.soc.go.th/", null));
		live("articles", ContentFields.of("รู้ทันไข้เลือดออก", "ป้องกันยุงลาย", "ทำลายแหล่งเพาะพันธุ์ยุงลาย")
			.withSource("กรมควบคุมโรค", "https://ddc.moph.go.th/", LocalDateTime.of(2026, 6, 1, 9, 0)));
		live("affiliated-units", ContentFields.of("โรงพยาบาลส่งเสริมสุขภาพตำบลปากตะโก", null, null)
			.withLink("https://example.go.th/rph-paktako"));
		live("same-affiliation",
				ContentFields.of("สำนักงานสาธารณสุขจังหวัดชุมพร", null, null).withLink("https://example.go.th/cpho"));
		live("external-agencies",
				ContentFields.of("ที่ว่าการอำเภอทุ่งตะโก", null, null).withLink("https://example.go.th/amphoe"));
		live("other-sites", ContentFields.of("หน้าติดต่อของสำนักงาน", null, null).withLink("/office/contact"));
		ContentRevision manual = draft("operations-manuals",
				ContentFields.of("คู่มือการรับเรื่องร้องเรียน", null, "ขั้นตอนมาตรฐาน")
					.withSteps(List.of(new StepFields("รับเรื่อง", "ลงทะเบียนรับเรื่อง", "1 วัน"),
							new StepFields("ตรวจสอบ", null, "3 วัน"))));
		attach(manual, AttachmentKind.FILE, "คู่มือร้องเรียน.pdf", "application/pdf", null);
		this.content.goLive(manual.getId());
		ContentRevision guide = draft("service-guides",
				ContentFields.of("การขอใบรับรองแพทย์", "ขั้นตอนสำหรับประชาชน", null)
					.withSteps(List.of(new StepFields("ยื่นคำขอ", "ที่ รพ.สต. ใกล้บ้าน", "10 นาที"),
							new StepFields("ตรวจร่างกาย", null, "20 นาที"))));
		attach(guide, AttachmentKind.FILE, "คู่มือประชาชน.pdf", "application/pdf", null);
		this.content.goLive(guide.getId());
		ContentRevision form = draft("forms", ContentFields.of("แบบคำร้องทั่วไป", null, null));
		attach(form, AttachmentKind.FILE, "แบบคำร้อง.docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", null);
		this.content.goLive(form.getId());
		live("faq", ContentFields.of("ฉีดวัคซีนไข้หวัดใหญ่ได้ที่ไหน", "ที่ รพ.สต. ทุกแห่ง", "ติดต่อ รพ.สต. ใกล้บ้าน")
			.withFaq(List.of("วัคซีน", "ไข้หวัดใหญ่"), List.of("ฉีดวัคซีนที่ไหน", "วัคซีนไข้หวัดใหญ่ฟรีไหม")));
		ContentRevision news = draft("news",
				ContentFields.of("ประชุมประจำเดือน อสม.", "สรุปการประชุม", "การประชุมประจำเดือน"));
		long image = attach(news, AttachmentKind.IMAGE, "ภาพประชุม.png", "image/png",
				"อสม. ร่วมประชุมที่หอประชุมอำเภอ");
		this.content.goLive(news.getId());
		for (int i = 1; i <= 12; i++) {
			live("activity-photos", ContentFields.of("ภาพกิจกรรมครั้งที่ " + i, null, "กิจกรรมรณรงค์"));
		}
		long alert = live("alerts", ContentFields.of("เตือนภัยไข้เลือดออกระบาด", "งดเว้นแหล่งน้ำขัง", "ระวังยุงลาย"));
		live("job-announcements", ContentFields.of("รับสมัครพนักงานขับรถยนต์", null, "รายละเอียดการรับสมัคร"));
		long procurement = live("procurement-announcements",
				ContentFields.of("ประกาศจัดซื้อวัสดุการแพทย์", null, "ประกาศเชิญชวน")
					.withProcurement("เฉพาะเจาะจง", new BigDecimal("1250000.50"), null, null, LocalDate.of(2026, 11, 1),
							null));
		live("procurement-results",
				ContentFields.of("ผลการจัดซื้อจัดจ้าง เดือนตุลาคม 2569", null, "สรุปผล (สขร.1)")
					.withProcurement("เฉพาะเจาะจง", new BigDecimal("50000"), "ร้านสุขภาพดี", new BigDecimal("49500"),
							LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 20)));
		live("e-services", ContentFields.of("ยื่นคำร้องออนไลน์", "ยื่นเรื่องได้ตลอด 24 ชั่วโมง", null)
			.withLink("https://example.go.th/e-service"));

		ContentRevision xss = draft("news", ContentFields.of(XSS_TITLE, "<b>สรุป</b>",
				"ข้อความ <img src=x onerror=alert(1)> [ลิงก์](javascript:alert(2)) <script>alert(3)</script>"));
		long xssFile = attach(xss, AttachmentKind.FILE, XSS_FILE_NAME, "application/pdf", null);
		this.content.goLive(xss.getId());

		ContentRevision draft = draft("forms", ContentFields.of("แบบฟอร์มที่ยังไม่อนุมัติ", null, null));
		long draftFile = attach(draft, AttachmentKind.FILE, "ร่าง.pdf", "application/pdf", null);

		ContentRevision withdrawn = draft("forms", ContentFields.of("แบบฟอร์มที่ยกเลิกแล้ว", null, null));
		long withdrawnFile = attach(withdrawn, AttachmentKind.FILE, "ยกเลิก.pdf", "application/pdf", null);
		ContentItem withdrawnItem = this.content.goLive(withdrawn.getId());
		this.content.withdraw(withdrawnItem.id(), "ยกเลิกแบบฟอร์ม");

		return new Created(page, news.getItemId(), alert, law, procurement, xss.getItemId(), thaiFile, image, xssFile,
				draftFile, withdrawnFile, withdrawnItem.id());
	}

	private ContentRevision draft(String section, ContentFields fields) {
		// live a little in the past so every item is visible at once, whatever the clock
		// says
		return this.content.createDraft(section, null,
				fields.withWindow(Instant.now().minus(1, ChronoUnit.MINUTES), null), "fixture");
	}

	private long live(String section, ContentFields fields) {
		ContentRevision revision = draft(section, fields);
		return this.content.goLive(revision.getId()).id();
	}

	private long attach(ContentRevision revision, AttachmentKind kind, String name, String mediaType, String alt) {
		byte[] bytes = kind == AttachmentKind.IMAGE ? pngBytes()
				: ("%PDF-1.4 " + name).getBytes(StandardCharsets.UTF_8);
		return this.content.attach(revision.getId(), kind, new ByteArrayInputStream(bytes), name, mediaType, alt)
			.getId();
	}

	private static ByteArrayInputStream png() {
		return new ByteArrayInputStream(pngBytes());
	}

	private static byte[] pngBytes() {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 8; x++) {
			for (int y = 0; y < 8; y++) {
				image.setRGB(x, y, new Color(11, 93, 59).getRGB());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
