package th.go.moph.dho.feedback;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One citizen's rating of one topic on one day. The citizen is known only by a keyed hash
 * of their LINE user id, never by the id itself.
 */
@Entity
@Table(name = "line_rating")
class LineRating {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String userKey;

	private String topic;

	private String topicTitle;

	private @Nullable Boolean helpful;

	private @Nullable Integer score;

	private LocalDate ratedOn;

	private Instant createdAt;

	private Instant updatedAt;

	protected LineRating() {
		this.userKey = "";
		this.topic = "";
		this.topicTitle = "";
		this.ratedOn = LocalDate.EPOCH;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	LineRating(String userKey, String topic, String topicTitle, LocalDate ratedOn, Instant now) {
		this.userKey = userKey;
		this.topic = topic;
		this.topicTitle = topicTitle;
		this.ratedOn = ratedOn;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void answer(@Nullable Boolean helpful, @Nullable Integer score, Instant now) {
		if (helpful != null) {
			this.helpful = helpful;
		}
		if (score != null) {
			this.score = score;
		}
		this.updatedAt = now;
	}

	public String getTopic() {
		return this.topic;
	}

	public String getTopicTitle() {
		return this.topicTitle;
	}

	public @Nullable Boolean getHelpful() {
		return this.helpful;
	}

	public @Nullable Integer getScore() {
		return this.score;
	}

	public LocalDate getRatedOn() {
		return this.ratedOn;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
