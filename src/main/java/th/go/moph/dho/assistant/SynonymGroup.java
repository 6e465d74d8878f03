package th.go.moph.dho.assistant;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group of words that mean the same, edited by staff. */
@Entity
@Table(name = "assistant_synonym_group")
class SynonymGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String terms;

	private Instant updatedAt;

	private String updatedBy;

	protected SynonymGroup() {
		this.terms = "";
		this.updatedAt = Instant.EPOCH;
		this.updatedBy = "";
	}

	SynonymGroup(List<String> terms, String by, Instant at) {
		this.terms = String.join("|", terms);
		this.updatedBy = by;
		this.updatedAt = at;
	}

	void change(List<String> newTerms, String by, Instant at) {
		this.terms = String.join("|", newTerms);
		this.updatedBy = by;
		this.updatedAt = at;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public List<String> termList() {
		return Arrays.stream(this.terms.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getTerms() {
		return this.terms;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
