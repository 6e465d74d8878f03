package th.go.moph.dho.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The feedback module on its own: a LINE rating is stored once per citizen, topic and
 * day, and announced to the other modules as a {@link RatingReceived} without the
 * citizen's key.
 */
@ApplicationModuleTest
class FeedbackModuleTests {

	@Autowired
	Feedback feedback;

	@Autowired
	LineRatingRepository ratings;

	@Test
	void aLineRatingIsAnnouncedWithItsTopicAndScoreButNotWhoGaveIt(Scenario scenario) {
		scenario
			.stimulate(() -> this.feedback.recordLineRating("module-citizen", "item:77", "ขอใบรับรองแพทย์", true, 4))
			.andWaitForEventOfType(RatingReceived.class)
			.matching(event -> event.topic().equals("item:77"))
			.toArriveAndVerify(event -> {
				assertThat(event.helpful()).isTrue();
				assertThat(event.score()).isEqualTo(4);
			});
		// the same citizen correcting the score the same day changes the rating, it does
		// not add one
		scenario
			.stimulate(() -> this.feedback.recordLineRating("module-citizen", "item:77", "ขอใบรับรองแพทย์", null, 5))
			.andWaitForEventOfType(RatingReceived.class)
			.matching(event -> event.topic().equals("item:77") && Integer.valueOf(5).equals(event.score()))
			.toArriveAndVerify(
					event -> assertThat(this.ratings.findAll()).filteredOn(r -> r.getTopic().equals("item:77"))
						.singleElement()
						.satisfies(r -> {
							assertThat(r.getScore()).isEqualTo(5);
							assertThat(r.getHelpful()).isTrue();
						}));
		assertThat(this.feedback.hasRatedToday("module-citizen")).isTrue();
	}

	@Test
	void aScoreOutsideOneToFiveIsRefusedAndNothingIsStored() {
		long before = this.ratings.count();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.feedback.recordLineRating("module-citizen-2", "item:78", "หัวข้อ", null, 6));
		assertThat(this.ratings.count()).isEqualTo(before);
	}

}
