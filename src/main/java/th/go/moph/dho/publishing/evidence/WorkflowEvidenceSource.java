package th.go.moph.dho.publishing.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.office.OfficeSettings;
import th.go.moph.dho.publishing.PublicationRequestView;
import th.go.moph.dho.publishing.PublicationRequests;
import th.go.moph.dho.staff.StaffAccounts;
import th.go.moph.dho.staff.StaffMember;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The evidence as the approval workflow records it: each publication request with the
 * names and positions of the people who asked, approved and published, as their staff
 * accounts hold them.
 */
@Component
class WorkflowEvidenceSource implements EvidenceSource {

	private final PublicationRequests requests;

	private final StaffAccounts staff;

	private final Catalog catalog;

	private final OfficeSettings office;

	WorkflowEvidenceSource(PublicationRequests requests, StaffAccounts staff, Catalog catalog, OfficeSettings office) {
		this.requests = requests;
		this.staff = staff;
		this.catalog = catalog;
		this.office = office;
	}

	@Override
	public Optional<EvidenceForm> form(long requestId) {
		return this.requests.find(requestId).map(this::toForm);
	}

	@Override
	public List<EvidenceForm> formsForItem(long itemId) {
		return this.requests.forItem(itemId).stream().map(this::toForm).toList();
	}

	@Override
	public MonitoringReport report(int buddhistFiscalYear) {
		Instant from = ThaiDates.startOfDay(ThaiDates.fiscalYearStart(buddhistFiscalYear)).toInstant();
		Instant to = ThaiDates.startOfDay(ThaiDates.fiscalYearEnd(buddhistFiscalYear).plusDays(1)).toInstant();
		List<EvidenceForm> forms = this.requests.inPeriod(from, to).stream().map(this::toForm).toList();
		return MonitoringReport.of(buddhistFiscalYear, this.office.nameTh(), this.catalog.categories(), forms);
	}

	private EvidenceForm toForm(PublicationRequestView v) {
		String remarks = Objects.requireNonNullElse(v.remarks(), "");
		return new EvidenceForm(v.id(), v.itemId(), v.revisionNumber(), this.office.nameTh(),
				this.catalog.section(v.sectionId()), ThaiDates.toLocal(v.requestedAt()).toLocalDate(), v.topic(),
				Objects.requireNonNullElse(v.summary(), ""), this.office.absoluteUrl(v.publicPath()), remarks,
				v.urgent() ? v.urgentReason() : null,
				signatory(SignatoryRole.REQUESTER, v.requestedBy(), v.requestedAt()),
				signatory(SignatoryRole.APPROVER, v.approvedBy(), v.approvedAt()),
				signatory(SignatoryRole.PUBLISHER, v.publishedBy(), v.publishedAt()));
	}

	private Signatory signatory(SignatoryRole role, @Nullable String username, @Nullable Instant at) {
		if (username == null || at == null) {
			return Signatory.unsigned(role);
		}
		var day = ThaiDates.toLocal(at).toLocalDate();
		if (Signatory.SYSTEM.equals(username)) {
			return new Signatory(role, Signatory.SYSTEM, null, day);
		}
		Optional<StaffMember> member = this.staff.find(username);
		return new Signatory(role, member.map(StaffMember::displayName).orElse(username),
				member.map(StaffMember::position).orElse(null), day);
	}

}
