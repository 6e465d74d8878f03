package th.go.moph.dho.publishing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.catalog.Catalog;

/**
 * The publication requests for the evidence forms and the yearly monitoring report.
 */
@Service
@Transactional(readOnly = true)
public class PublicationRequests {

	private final PublicationRequestRepository requests;

	private final Catalog catalog;

	PublicationRequests(PublicationRequestRepository requests, Catalog catalog) {
		this.requests = requests;
		this.catalog = catalog;
	}

	public Optional<PublicationRequestView> find(long id) {
		return this.requests.findById(id).map(this::toView);
	}

	/** Every request of an item, newest approval first. */
	public List<PublicationRequestView> forItem(long itemId) {
		return this.requests.findByItemIdOrderByApprovedAtDesc(itemId).stream().map(this::toView).toList();
	}

	/**
	 * Requests approved from {@code from} (inclusive) to {@code to} (exclusive), oldest
	 * first: a fiscal year, a month.
	 */
	public List<PublicationRequestView> inPeriod(Instant from, Instant to) {
		return this.requests.findByApprovedAtGreaterThanEqualAndApprovedAtLessThanOrderByApprovedAtAsc(from, to)
			.stream()
			.map(this::toView)
			.toList();
	}

	/** Urgent publications that no second approver has reviewed yet, oldest first. */
	public List<PublicationRequestView> awaitingReview() {
		return this.requests.findByUrgentTrueAndReviewedByIsNullOrderByApprovedAtAsc()
			.stream()
			.map(this::toView)
			.toList();
	}

	private PublicationRequestView toView(PublicationRequest request) {
		return request.toView(this.catalog.section(request.getSectionId()).slug());
	}

}
