package th.go.moph.dho.line;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.linecorp.bot.messaging.model.MessageQuotaResponse;
import com.linecorp.bot.messaging.model.QuotaConsumptionResponse;
import com.linecorp.bot.messaging.model.QuotaType;

/**
 * The month's push quota of the channel: read from LINE
 * ({@code GET /v2/bot/message/quota} and {@code /quota/consumption}) at most once per
 * {@code quota-cache}, and between readings counted down locally by what this app sends.
 * A push costs one message per recipient.
 */
@Component
class MessageQuota {

	/** A reading: the limit (null when there is none) and what was used. */
	public record Reading(@Nullable Long limit, long used, Instant readAt) {

		public boolean limited() {
			return this.limit != null;
		}

		public long remaining() {
			return this.limit == null ? Long.MAX_VALUE : Math.max(0, this.limit - this.used);
		}

	}

	/** The quota could not be read (LINE down): nothing is sent until it can be. */
	static class UnavailableException extends Exception {

		UnavailableException(String message) {
			super(message);
		}

	}

	private final LineChannel channel;

	private final LineSettings lineSettings;

	private final LineOutboundSettings settings;

	private final Clock clock;

	private volatile @Nullable Reading reading;

	MessageQuota(LineChannel channel, LineSettings lineSettings, LineOutboundSettings settings, Clock clock) {
		this.channel = channel;
		this.lineSettings = lineSettings;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Takes {@code count} messages of the quota if that leaves the reserve free.
	 * @return false when sending them would run the quota out
	 */
	synchronized boolean tryTake(int count) throws UnavailableException {
		Reading r = current();
		if (r.limited() && r.remaining() - this.settings.quotaReserve() < count) {
			return false;
		}
		this.reading = new Reading(r.limit(), r.used() + count, r.readAt());
		return true;
	}

	/** Gives back messages taken for a send that LINE did not accept. */
	synchronized void giveBack(int count) {
		Reading r = this.reading;
		if (r != null) {
			this.reading = new Reading(r.limit(), Math.max(0, r.used() - count), r.readAt());
		}
	}

	/** The last reading, without asking LINE (for staff pages). */
	@Nullable Reading last() {
		return this.reading;
	}

	private Reading current() throws UnavailableException {
		Reading r = this.reading;
		Instant now = this.clock.instant();
		if (r != null && r.readAt().plus(this.settings.quotaCache()).isAfter(now)) {
			return r;
		}
		Reading fresh = read(now);
		this.reading = fresh;
		return fresh;
	}

	private Reading read(Instant now) throws UnavailableException {
		long timeout = this.lineSettings.connectTimeout().plus(this.lineSettings.readTimeout()).toMillis()
				* (this.lineSettings.retries() + 1);
		try {
			MessageQuotaResponse quota = this.channel.client()
				.getMessageQuota()
				.get(timeout, TimeUnit.MILLISECONDS)
				.body();
			if (quota.type() != QuotaType.LIMITED || quota.value() == null) {
				return new Reading(null, 0, now);
			}
			QuotaConsumptionResponse used = this.channel.client()
				.getMessageQuotaConsumption()
				.get(timeout, TimeUnit.MILLISECONDS)
				.body();
			return new Reading(quota.value(), used.totalUsage() == null ? 0 : used.totalUsage(), now);
		}
		catch (ExecutionException ex) {
			throw new UnavailableException(ex.getCause() == null ? "error" : ex.getCause().getClass().getSimpleName());
		}
		catch (TimeoutException ex) {
			throw new UnavailableException("timeout");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UnavailableException("interrupted");
		}
	}

	/** For tests: forget the last reading, so the next send asks LINE again. */
	void forget() {
		this.reading = null;
	}

}
