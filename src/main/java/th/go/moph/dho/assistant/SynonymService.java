package th.go.moph.dho.assistant;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff's edits of the synonym groups; each change reloads the index's synonym table. */
@Service
class SynonymService {

	private final SynonymGroupRepository groups;

	private final AssistantIndexer indexer;

	private final Clock clock;

	SynonymService(SynonymGroupRepository groups, AssistantIndexer indexer, Clock clock) {
		this.groups = groups;
		this.indexer = indexer;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<SynonymGroup> all() {
		return this.groups.findAllByOrderByIdAsc();
	}

	@Transactional(readOnly = true)
	SynonymGroup get(long id) {
		return this.groups.findById(id).orElseThrow(() -> new SynonymGroupNotFoundException(id));
	}

	@Transactional
	void create(List<String> terms, String by) {
		this.groups.save(new SynonymGroup(terms, by, this.clock.instant()));
		this.indexer.reloadSynonymsAfterCommit();
	}

	@Transactional
	void update(long id, List<String> terms, String by) {
		get(id).change(terms, by, this.clock.instant());
		this.indexer.reloadSynonymsAfterCommit();
	}

	@Transactional
	void delete(long id) {
		this.groups.delete(get(id));
		this.indexer.reloadSynonymsAfterCommit();
	}

	/**
	 * The terms of a group as staff type them: separated by | or commas or new lines,
	 * blanks and repeats dropped.
	 */
	static List<String> parseTerms(String text) {
		return List.copyOf(new LinkedHashSet<>(
				Arrays.stream(text.split("[|,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
	}

}
