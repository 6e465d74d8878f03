package th.go.moph.dho.publishing.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import th.go.moph.dho.catalog.Category;
import th.go.moph.dho.catalog.ContentKind;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.catalog.UpdateCycle;

/**
 * A small catalog of the nine categories (a few sections each) and evidence forms with
 * real Thai names, for tests that must not need the database.
 */
final class EvidenceFixtures {

	static final String OFFICE = "สำนักงานสาธารณสุขอำเภอทุ่งตะโก";

	static final String REQUESTER = "นางสาวสุดารัตน์ ทองดี";

	static final String REQUESTER_POSITION = "นักวิชาการสาธารณสุขชำนาญการ";

	static final String APPROVER = "นายประเสริฐ ศรีสุข";

	static final String APPROVER_POSITION = "สาธารณสุขอำเภอทุ่งตะโก";

	static final String PUBLISHER = "นายวิชัย ผู้ใหญ่บ้าน";

	static final String PUBLISHER_POSITION = "เจ้าพนักงานสาธารณสุขปฏิบัติงาน";

	static final Section HISTORY = section(101, 1, "office", "history", "ประวัติความเป็นมา", ContentKind.PAGE,
			UpdateCycle.NONE);

	static final Section ACTION_PLAN = section(108, 1, "office", "action-plan", "แผนปฏิบัติราชการ",
			ContentKind.DOCUMENT, UpdateCycle.YEARLY);

	static final Section ACTS = section(201, 2, "laws", "acts", "พระราชบัญญัติ", ContentKind.LAW, UpdateCycle.YEARLY);

	static final Section ARTICLES = section(303, 3, "knowledge", "articles", "บทความ", ContentKind.KNOWLEDGE,
			UpdateCycle.QUARTERLY);

	static final Section AFFILIATED = section(401, 4, "links", "affiliated-units", "หน่วยงานในสังกัด", ContentKind.LINK,
			UpdateCycle.YEARLY);

	static final Section MANUALS = section(501, 5, "operations-manuals", "operations-manuals", "คู่มือการปฏิบัติงาน",
			ContentKind.MANUAL, UpdateCycle.YEARLY);

	static final Section GUIDES = section(601, 6, "service-manuals", "service-guides", "คู่มือสำหรับประชาชน",
			ContentKind.SERVICE_GUIDE, UpdateCycle.YEARLY);

	static final Section NEWS = section(701, 7, "public-relations", "news", "ข่าวสารทั่วไป", ContentKind.NEWS,
			UpdateCycle.MONTHLY);

	static final Section PROCUREMENT_RESULTS = section(706, 7, "public-relations", "procurement-results",
			"ผลการจัดซื้อจัดจ้าง", ContentKind.PROCUREMENT, UpdateCycle.MONTHLY);

	static final Section ESERVICES = section(801, 8, "e-services", "e-services", "บริการอิเล็กทรอนิกส์",
			ContentKind.ESERVICE, UpdateCycle.YEARLY);

	static final Section VISITS = section(901, 9, "statistics", "visit-statistics", "สถิติการเข้าใช้บริการเว็บไซต์",
			ContentKind.STATISTICS, UpdateCycle.NONE);

	static final List<Category> CATEGORIES = List.of(category(1, "office", "ข้อมูลของหน่วยงาน", HISTORY, ACTION_PLAN),
			category(2, "laws", "กฎหมาย ระเบียบ ข้อบังคับ", ACTS), category(3, "knowledge", "คลังความรู้", ARTICLES),
			category(4, "links", "เว็บไซต์หน่วยงานที่เกี่ยวข้อง", AFFILIATED),
			category(5, "operations-manuals", "คู่มือการปฏิบัติงาน", MANUALS),
			category(6, "service-manuals", "คู่มือสำหรับประชาชน", GUIDES),
			category(7, "public-relations", "ข่าวประชาสัมพันธ์", NEWS, PROCUREMENT_RESULTS),
			category(8, "e-services", "บริการอิเล็กทรอนิกส์ (e-Service)", ESERVICES),
			category(9, "statistics", "สถิติและความพึงพอใจ", VISITS));

	private EvidenceFixtures() {
	}

	static Section section(int id, int categoryId, String categorySlug, String slug, String name, ContentKind kind,
			UpdateCycle cycle) {
		return new Section(id, categoryId, categorySlug, slug, 1, name, slug, name, slug, kind,
				new Section.Requirements(false, false, false, false, false), cycle);
	}

	private static Category category(int id, String slug, String name, Section... sections) {
		return new Category(id, slug, id, name, slug, name, slug, List.of(sections));
	}

	/** A fully signed form: requested, approved and published on the days given. */
	static EvidenceForm form(long requestId, long itemId, Section section, LocalDate requested, String topic) {
		return new EvidenceForm(requestId, itemId, 1, OFFICE, section, requested, topic,
				"สรุปผลการจัดซื้อจัดจ้างประจำเดือน เพื่อให้ประชาชนได้รับทราบ",
				"https://thungtako.example.go.th" + section.path() + "/" + itemId, "ไม่มี", null,
				new Signatory(SignatoryRole.REQUESTER, REQUESTER, REQUESTER_POSITION, requested),
				new Signatory(SignatoryRole.APPROVER, APPROVER, APPROVER_POSITION, requested.plusDays(1)),
				new Signatory(SignatoryRole.PUBLISHER, PUBLISHER, PUBLISHER_POSITION, requested.plusDays(2)));
	}

	/**
	 * An {@link EvidenceSource} over a fixed list of forms, as the controllers see any
	 * source.
	 */
	static final class FixtureEvidenceSource implements EvidenceSource {

		private final List<EvidenceForm> forms = new ArrayList<>();

		FixtureEvidenceSource add(EvidenceForm form) {
			this.forms.add(form);
			return this;
		}

		@Override
		public Optional<EvidenceForm> form(long requestId) {
			return this.forms.stream().filter(f -> f.requestId() == requestId).findFirst();
		}

		@Override
		public List<EvidenceForm> formsForItem(long itemId) {
			return this.forms.stream()
				.filter(f -> f.itemId() == itemId)
				.sorted(Comparator.comparingInt(EvidenceForm::revisionNumber).reversed())
				.toList();
		}

		@Override
		public MonitoringReport report(int buddhistFiscalYear) {
			return MonitoringReport.of(buddhistFiscalYear, OFFICE, CATEGORIES, this.forms);
		}

	}

}
