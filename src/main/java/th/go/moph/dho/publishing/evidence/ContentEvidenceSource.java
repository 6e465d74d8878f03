package th.go.moph.dho.publishing.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.EntityManager;
import th.go.moph.dho.catalog.Catalog;
import th.go.moph.dho.catalog.Section;
import th.go.moph.dho.office.OfficeSettings;
import th.go.moph.dho.publishing.ContentItem;
import th.go.moph.dho.publishing.ContentRevision;
import th.go.moph.dho.publishing.RevisionStatus;
import th.go.moph.dho.thai.ThaiDates;

/**
 * The evidence as the content tables hold it until the approval workflow records publication
 * requests: each revision that went live is one request (its id is the request id), its author
 * is the requester and the day it went live is the publisher's date. Approver and publisher
 * names are not recorded here, so the form leaves their lines to be signed by hand.
 * <p>
 * At merge this one class is replaced by an implementation on the workflow's
 * {@code PublicationRequests} and {@code StaffAccounts}.
 */
@Component
@Transactional(readOnly = true)
class ContentEvidenceSource implements EvidenceSource {

	private static final List<RevisionStatus> APPROVED = List.of(RevisionStatus.SCHEDULED, RevisionStatus.PUBLISHED,
			RevisionStatus.SUPERSEDED, RevisionStatus.WITHDRAWN);

	private static final String SELECT = "SELECT r, i FROM ContentRevision r JOIN ContentItem i ON i.id = r.itemId "
			+ "WHERE r.status IN :approved ";

	private final EntityManager entityManager;

	private final Catalog catalog;

	private final OfficeSettings office;

	ContentEvidenceSource(EntityManager entityManager, Catalog catalog, OfficeSettings office) {
		this.entityManager = entityManager;
		this.catalog = catalog;
		this.office = office;
	}

	@Override
	public Optional<EvidenceForm> form(long requestId) {
		return query(SELECT + "AND r.id = :id", "id", requestId).stream().findFirst();
	}

	@Override
	public List<EvidenceForm> formsForItem(long itemId) {
		return query(SELECT + "AND r.itemId = :itemId ORDER BY r.revisionNumber DESC", "itemId", itemId);
	}

	@Override
	public MonitoringReport report(int buddhistFiscalYear) {
		Instant from = ThaiDates.startOfDay(ThaiDates.fiscalYearStart(buddhistFiscalYear)).toInstant();
		Instant to = ThaiDates.startOfDay(ThaiDates.fiscalYearEnd(buddhistFiscalYear).plusDays(1)).toInstant();
		List<Object[]> rows = this.entityManager
			.createQuery(SELECT + "AND r.createdAt >= :from AND r.createdAt < :to ORDER BY r.createdAt, r.id",
					Object[].class)
			.setParameter("approved", APPROVED)
			.setParameter("from", from)
			.setParameter("to", to)
			.getResultList();
		return MonitoringReport.of(buddhistFiscalYear, this.office.nameTh(), this.catalog.categories(),
				rows.stream().map(this::toForm).toList());
	}

	private List<EvidenceForm> query(String jpql, String name, long value) {
		return this.entityManager.createQuery(jpql, Object[].class)
			.setParameter("approved", APPROVED)
			.setParameter(name, value)
			.getResultList()
			.stream()
			.map(this::toForm)
			.toList();
	}

	private EvidenceForm toForm(Object[] row) {
		ContentRevision revision = (ContentRevision) row[0];
		ContentItem item = (ContentItem) row[1];
		Section section = this.catalog.section(item.getSectionId());
		LocalDate requested = ThaiDates.toLocal(revision.getCreatedAt()).toLocalDate();
		Signatory requester = new Signatory(SignatoryRole.REQUESTER, revision.getAuthor(), null, requested);
		Signatory publisher = new Signatory(SignatoryRole.PUBLISHER, null, null, day(wentLive(item, revision)));
		return new EvidenceForm(Objects.requireNonNull(revision.getId()), item.id(), revision.getRevisionNumber(),
				this.office.nameTh(), section, requested, revision.getTitle(),
				Objects.requireNonNullElse(revision.getSummary(), ""),
				this.office.absoluteUrl(section.path() + "/" + item.id()), "", null, requester,
				Signatory.unsigned(SignatoryRole.APPROVER), publisher);
	}

	/** When the revision went live, as far as the item remembers it. */
	private static @Nullable Instant wentLive(ContentItem item, ContentRevision revision) {
		if (Objects.equals(item.getLiveRevisionId(), revision.getId())) {
			return item.getLastPublishedAt();
		}
		return revision.getRevisionNumber() == 1 ? item.getFirstPublishedAt() : null;
	}

	private static @Nullable LocalDate day(@Nullable Instant instant) {
		return instant == null ? null : ThaiDates.toLocal(instant).toLocalDate();
	}

}
