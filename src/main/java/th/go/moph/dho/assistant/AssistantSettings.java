package th.go.moph.dho.assistant;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The assistant's settings ({@code dho.assistant.*}). The gate's thresholds are
 * calibrated by cross-validation on the development set ({@code bench/assistant/run.sh
 * --calibrate}).
 *
 * @param answerEvidence least evidence (0..1: share of the question, weighted by rarity,
 * that the best entry contains) to answer directly
 * @param answerMargin least lead of the best entry's rank score over the second's, as a
 * share of the best (0.02 = the second scores at most 98 % of the best) to answer
 * directly; cross-validation chose 0, kept just above it so two equally close entries are
 * offered as suggestions rather than one of them chosen arbitrarily
 * @param suggestEvidence least evidence for an entry to be offered as a suggestion; below
 * it for every entry the question is out of scope
 * @param minKnownShare least share of the question's content words that some entry (or a
 * synonym of them) contains; below it the question is out of scope whatever the scores
 * @param offTopicEvidence least evidence of the best entry to answer a question that
 * shows an everyday off-topic intent (a price, the weather...)
 * @param offTopicKnownShare least share of known content words, the off-topic cue words
 * set aside, for such a question to be answered
 * @param maxSuggestions how many suggestions at most
 * @param maxQuestionLength longest question the API accepts, in characters
 * @param rateLimitPerMinute questions per minute one client IP may ask the public API
 * @param rateLimitBurst questions one client IP may ask at once before the limit applies
 * @param unansweredRetentionDays how long logged unanswered questions are kept
 * @param categories catalog categories whose published items the assistant answers from
 */
@ConfigurationProperties("dho.assistant")
public record AssistantSettings(@DefaultValue("0.21") double answerEvidence, @DefaultValue("0.02") double answerMargin,
		@DefaultValue("0.21") double suggestEvidence, @DefaultValue("0.2") double minKnownShare,
		@DefaultValue("0.3") double offTopicEvidence, @DefaultValue("0.5") double offTopicKnownShare,
		@DefaultValue("3") int maxSuggestions, @DefaultValue("500") int maxQuestionLength,
		@DefaultValue("30") int rateLimitPerMinute, @DefaultValue("10") int rateLimitBurst,
		@DefaultValue("365") int unansweredRetentionDays, @DefaultValue( {
				"office", "laws", "knowledge", "service-manuals", "e-services" }) List<String> categories){
}
