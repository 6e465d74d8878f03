package th.go.moph.dho.assistant;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message the assistant answered with a hotline: which hotline, on which channel and
 * when. Never the text, never who sent it.
 */
@Entity
@Table(name = "assistant_safety_event")
class SafetyEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private Hotline hotline;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	private Instant askedAt;

	protected SafetyEvent() {
		this.hotline = Hotline.EMERGENCY;
		this.channel = Channel.WEB;
		this.askedAt = Instant.EPOCH;
	}

	SafetyEvent(Hotline hotline, Channel channel, Instant askedAt) {
		this.hotline = hotline;
		this.channel = channel;
		this.askedAt = askedAt;
	}

	public Hotline getHotline() {
		return this.hotline;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public Instant getAskedAt() {
		return this.askedAt;
	}

}
