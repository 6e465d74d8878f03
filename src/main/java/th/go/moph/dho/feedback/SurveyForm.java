package th.go.moph.dho.feedback;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * What the survey form posts. Answers arrive as text so that anything a script sends gets
 * a Thai message rather than a binding error.
 *
 * @param content answer on content (1–5)
 * @param findability answer on finding information
 * @param speed answer on ease and speed of use
 * @param design answer on design and readability
 * @param overall overall satisfaction
 * @param group respondent group, optional
 * @param comment optional comment
 * @param website the honeypot: hidden from people, so anything in it came from a script
 * @param token the signed time the form was rendered
 */
record SurveyForm(@Nullable String content, @Nullable String findability, @Nullable String speed,
		@Nullable String design, @Nullable String overall, @Nullable String group, @Nullable String comment,
		@Nullable String website, @Nullable String token) {

	static final int MAX_COMMENT = 1000;

	static SurveyForm empty() {
		return new SurveyForm(null, null, null, null, null, null, null, null, null);
	}

	/**
	 * What the form shows again: the answer per field name, the group and the comment.
	 */
	Map<String, String> answers() {
		Map<String, String> answers = new java.util.HashMap<>();
		for (Aspect aspect : Aspect.values()) {
			String value = answer(aspect);
			if (value != null) {
				answers.put(aspect.field(), value);
			}
		}
		if (this.group != null) {
			answers.put("group", this.group);
		}
		answers.put("comment", this.comment == null ? "" : this.comment);
		return answers;
	}

	@Nullable String answer(Aspect aspect) {
		return switch (aspect) {
			case CONTENT -> this.content;
			case FINDABILITY -> this.findability;
			case SPEED -> this.speed;
			case DESIGN -> this.design;
			case OVERALL -> this.overall;
		};
	}

	boolean honeypotFilled() {
		return this.website != null && !this.website.isEmpty();
	}

	/** Checks the answers, rejecting each bad field with a message code. */
	void validate(Errors errors) {
		for (Aspect aspect : Aspect.values()) {
			String value = answer(aspect);
			if (value == null || value.isBlank()) {
				errors.rejectValue(aspect.field(), "feedback.survey.error.required");
			}
			else if (parse(value) == null) {
				errors.rejectValue(aspect.field(), "feedback.survey.error.range");
			}
		}
		if (this.group != null && !this.group.isBlank() && respondentGroup() == null) {
			errors.rejectValue("group", "feedback.survey.error.group");
		}
		if (this.comment != null && this.comment.length() > MAX_COMMENT) {
			errors.rejectValue("comment", "feedback.survey.error.comment");
		}
	}

	Map<Aspect, Integer> scores() {
		Map<Aspect, Integer> scores = new EnumMap<>(Aspect.class);
		for (Aspect aspect : Aspect.values()) {
			Integer score = parse(answer(aspect));
			if (score != null) {
				scores.put(aspect, score);
			}
		}
		return scores;
	}

	@Nullable RespondentGroup respondentGroup() {
		if (this.group == null || this.group.isBlank()) {
			return null;
		}
		for (RespondentGroup g : RespondentGroup.values()) {
			if (g.name().equals(this.group)) {
				return g;
			}
		}
		return null;
	}

	private static @Nullable Integer parse(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String v = value.strip();
		if (v.length() != 1 || v.charAt(0) < '1' || v.charAt(0) > '5') {
			return null;
		}
		return v.charAt(0) - '0';
	}

}
