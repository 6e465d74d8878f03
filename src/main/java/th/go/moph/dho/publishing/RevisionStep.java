package th.go.moph.dho.publishing;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a manual or service guide, with how long it takes (e.g. {@code 15 นาที}).
 */
@Entity
@Table(name = "revision_step")
public class RevisionStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private int position;

	private String title;

	private @Nullable String description;

	private String duration;

	protected RevisionStep() {
		this.title = "";
		this.duration = "";
	}

	public RevisionStep(int position, String title, @Nullable String description, String duration) {
		this.position = position;
		this.title = title;
		this.description = description;
		this.duration = duration;
	}

	RevisionStep copy() {
		return new RevisionStep(this.position, this.title, this.description, this.duration);
	}

	public int getPosition() {
		return this.position;
	}

	public String getTitle() {
		return this.title;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public String getDuration() {
		return this.duration;
	}

}
