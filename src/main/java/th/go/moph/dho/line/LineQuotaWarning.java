package th.go.moph.dho.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether pushes are stopped by the month's quota, for the staff home and the deliveries
 * page ({@code lineQuotaWarning}): a push was skipped for the quota in the last day, or
 * the last reading of the quota leaves nothing. Asked at most every few seconds.
 */
@ControllerAdvice
class LineQuotaWarning {

	static final Duration WINDOW = Duration.ofDays(1);

	static final Duration MEMO = Duration.ofSeconds(5);

	private final ObjectProvider<OutboundQueue> queue;

	private final ObjectProvider<MessageQuota> quota;

	private final ObjectProvider<Clock> clock;

	private volatile Instant checkedAt = Instant.MIN;

	private volatile boolean warning;

	/**
	 * The beans come through providers: web slice tests of other modules load this advice
	 * without the LINE module (then there is no warning).
	 */
	LineQuotaWarning(ObjectProvider<OutboundQueue> queue, ObjectProvider<MessageQuota> quota,
			ObjectProvider<Clock> clock) {
		this.queue = queue;
		this.quota = quota;
		this.clock = clock;
	}

	@ModelAttribute("lineQuotaWarning")
	boolean attribute(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.equals("/staff") && !path.equals("/staff/") && !path.equals(LineDeliveriesStaffController.PATH)) {
			return false;
		}
		return active();
	}

	boolean active() {
		OutboundQueue outbound = this.queue.getIfAvailable();
		MessageQuota messageQuota = this.quota.getIfAvailable();
		Clock time = this.clock.getIfAvailable();
		if (outbound == null || messageQuota == null || time == null) {
			return false;
		}
		Instant now = time.instant();
		if (this.checkedAt.plus(MEMO).isAfter(now) && !this.checkedAt.isAfter(now)) {
			return this.warning;
		}
		MessageQuota.Reading reading = messageQuota.last();
		boolean exhausted = reading != null && reading.limited() && reading.remaining() <= 0;
		this.warning = exhausted || outbound.quotaStoppedSince(now.minus(WINDOW));
		this.checkedAt = now;
		return this.warning;
	}

	/** For tests: ask again at the next page. */
	void forget() {
		this.checkedAt = Instant.MIN;
	}

}
