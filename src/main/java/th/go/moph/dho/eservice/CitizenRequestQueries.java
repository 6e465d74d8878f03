package th.go.moph.dho.eservice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.go.moph.dho.thai.ThaiDates;

/**
 * {@link CitizenRequests} for the LINE chat. Confidential requests (corruption and
 * misconduct reports) are never answered here: a chat may be a group, so they are
 * followed only in the LIFF app or on the website.
 */
@Component
class CitizenRequestQueries implements CitizenRequests {

	private final ServiceRequestRepository requests;

	private final RequestHistoryRepository history;

	private final Clock clock;

	CitizenRequestQueries(ServiceRequestRepository requests, RequestHistoryRepository history, Clock clock) {
		this.requests = requests;
		this.history = history;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RequestSummary> ofLineUser(String lineUserId, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		return this.requests
			.findByLineUserIdAndConfidentialFalseOrderBySubmittedAtDescIdDesc(lineUserId, Limit.of(limit))
			.stream()
			.map(this::summary)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RequestSummary> ofLineUser(String lineUserId, String trackingNumber) {
		return this.requests.findByTrackingNumberAndLineUserId(TrackingNumbers.normalise(trackingNumber), lineUserId)
			.filter(r -> !r.isConfidential())
			.map(this::summary);
	}

	private RequestSummary summary(ServiceRequest r) {
		LocalDate today = ThaiDates.toLocal(this.clock.instant()).toLocalDate();
		String lastMessage = this.history.findByRequestIdOrderByIdAsc(r.getId())
			.stream()
			.filter(h -> h.getAction().citizenVisible() && h.getAction() != HistoryAction.CITIZEN_INFORMATION
					&& !RequestHistory.CITIZEN.equals(h.getActor()) && h.getCitizenMessage() != null)
			.reduce((first, second) -> second)
			.map(RequestHistory::getCitizenMessage)
			.orElse(null);
		return new RequestSummary(r.getTrackingNumber(), r.getServiceType().getNameTh(), r.getStatus(), lastMessage,
				r.getSubmittedAt(), r.getUpdatedAt(), r.getTargetDate(), r.isOverdueOn(today));
	}

}
