package th.go.moph.dho.line;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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

	private final OutboundQueue queue;

	private final MessageQuota quota;

	private final Clock clock;

	private volatile Instant checkedAt = Instant.MIN;

	private volatile boolean warning;

	LineQuotaWarning(OutboundQueue queue, MessageQuota quota, Clock clock) {
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
		Instant now = this.clock.instant();
		if (this.checkedAt.plus(MEMO).isAfter(now) && !this.checkedAt.isAfter(now)) {
			return this.warning;
		}
		MessageQuota.Reading reading = this.quota.last();
		boolean exhausted = reading != null && reading.limited() && reading.remaining() <= 0;
		this.warning = exhausted || this.queue.quotaStoppedSince(now.minus(WINDOW));
		this.checkedAt = now;
		return this.warning;
	}

	/** For tests: ask again at the next page. */
	void forget() {
		this.checkedAt = Instant.MIN;
	}

}
