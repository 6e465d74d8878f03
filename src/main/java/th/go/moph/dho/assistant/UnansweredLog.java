package th.go.moph.dho.assistant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions the assistant could not answer directly, for staff: logged with the
 * normalised text, time and channel only, grouped for display by similar wording, and
 * deleted after {@code dho.assistant.unanswered-retention-days}.
 */
@Service
class UnansweredLog {

	private static final Logger log = LoggerFactory.getLogger(UnansweredLog.class);

	/**
	 * Questions whose character-trigram sets overlap this much (Jaccard) are shown as one
	 * group.
	 */
	static final double SIMILARITY = 0.6;

	private static final int SHOWN = 2000;

	private final UnansweredQuestionRepository questions;

	private final AssistantSettings settings;

	private final SafetyEventRepository safetyEvents;

	private final Clock clock;

	UnansweredLog(UnansweredQuestionRepository questions, SafetyEventRepository safetyEvents,
			AssistantSettings settings, Clock clock) {
		this.questions = questions;
		this.safetyEvents = safetyEvents;
		this.settings = settings;
		this.clock = clock;
	}

	/** Logs a question (normalised text, cut to 300 characters; channel; time). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(String normalizedQuestion, Channel channel, QuestionAsked.Outcome outcome) {
		this.questions.save(new UnansweredQuestion(normalizedQuestion, channel, outcome, this.clock.instant()));
	}

	/** Similar questions together, the most asked first. */
	@Transactional(readOnly = true)
	List<Group> groups() {
		List<UnansweredQuestion> recent = this.questions.findByOrderByAskedAtDesc(PageRequest.of(0, SHOWN));
		Map<String, List<UnansweredQuestion>> sameText = new LinkedHashMap<>();
		for (UnansweredQuestion q : recent) {
			sameText.computeIfAbsent(q.getQuestion(), k -> new ArrayList<>()).add(q);
		}
		List<Map.Entry<String, List<UnansweredQuestion>>> byCount = new ArrayList<>(sameText.entrySet());
		byCount.sort(Comparator.comparingInt((Map.Entry<String, List<UnansweredQuestion>> e) -> e.getValue().size())
			.reversed());
		List<Builder> builders = new ArrayList<>();
		for (Map.Entry<String, List<UnansweredQuestion>> e : byCount) {
			Set<String> grams = trigrams(e.getKey());
			Builder home = null;
			for (Builder b : builders) {
				if (jaccard(b.grams, grams) >= SIMILARITY) {
					home = b;
					break;
				}
			}
			if (home == null) {
				home = new Builder(e.getKey(), grams);
				builders.add(home);
			}
			home.add(e.getKey(), e.getValue());
		}
		return builders.stream()
			.map(Builder::build)
			.sorted(Comparator.comparingInt(Group::count)
				.reversed()
				.thenComparing(Group::lastAsked, Comparator.reverseOrder()))
			.toList();
	}

	/**
	 * How many messages were answered with each hotline over the last days, per channel
	 * (no text, no sender).
	 */
	@Transactional(readOnly = true)
	Map<Hotline, Map<Channel, Long>> safetyCounts(int days) {
		Map<Hotline, Map<Channel, Long>> out = new java.util.EnumMap<>(Hotline.class);
		for (SafetyEventRepository.Count c : this.safetyEvents
			.countSince(this.clock.instant().minus(Duration.ofDays(days)))) {
			out.computeIfAbsent(c.getHotline(), k -> new java.util.EnumMap<>(Channel.class))
				.put(c.getChannel(), c.getCount());
		}
		return out;
	}

	/** Forgets questions staff have dealt with. */
	@Transactional
	void forget(List<Long> ids) {
		this.questions.deleteAllById(ids);
	}

	/** Deletes what is older than the retention period, every night. */
	@Scheduled(cron = "${dho.assistant.purge-cron:0 30 3 * * *}", zone = "Asia/Bangkok")
	@Transactional
	public void purge() {
		Instant before = this.clock.instant().minus(Duration.ofDays(this.settings.unansweredRetentionDays()));
		int deleted = this.questions.deleteAskedBefore(before);
		this.safetyEvents.deleteAskedBefore(before);
		if (deleted > 0) {
			log.info("Deleted {} unanswered questions older than {} days", deleted,
					this.settings.unansweredRetentionDays());
		}
	}

	static Set<String> trigrams(String text) {
		Set<String> grams = ThaiAnalysis.ngrams(text);
		grams.removeIf(g -> g.length() != 3);
		return grams.isEmpty() ? Set.of(text) : grams;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		long common = a.stream().filter(b::contains).count();
		return (double) common / (a.size() + b.size() - common);
	}

	/**
	 * Questions worded alike.
	 *
	 * @param question the most asked wording
	 * @param count how often any wording of the group was asked
	 * @param wordings the wordings, most asked first
	 * @param channels where they were asked
	 * @param lastAsked when one was last asked
	 * @param ids the log rows of the group
	 */
	record Group(String question, int count, List<String> wordings, Set<Channel> channels, Instant lastAsked,
			List<Long> ids) {
	}

	private static final class Builder {

		final String question;

		final Set<String> grams;

		final List<String> wordings = new ArrayList<>();

		final Set<Channel> channels = EnumSet.noneOf(Channel.class);

		final List<Long> ids = new ArrayList<>();

		int count;

		Instant last = Instant.EPOCH;

		Builder(String question, Set<String> grams) {
			this.question = question;
			this.grams = grams;
		}

		void add(String wording, List<UnansweredQuestion> asked) {
			this.wordings.add(wording);
			for (UnansweredQuestion q : asked) {
				this.count++;
				this.channels.add(q.getChannel());
				this.ids.add(q.getId());
				if (q.getAskedAt().isAfter(this.last)) {
					this.last = q.getAskedAt();
				}
			}
		}

		Group build() {
			return new Group(this.question, this.count, List.copyOf(this.wordings), Set.copyOf(this.channels),
					this.last, List.copyOf(this.ids));
		}

	}

}
