package th.go.moph.dho.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.go.moph.dho.MutableClock;
import th.go.moph.dho.stats.TestClockConfiguration;

@SpringBootTest
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
class RatingRetentionTests {

	@Autowired
	Feedback feedback;

	@Autowired
	RatingRetention retention;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void start() {
		this.clock.set(TestClockConfiguration.START);
	}

	@Test
	void aWeekAfterARatingItsScoreStaysButNothingLinksItToTheCitizen() {
		this.feedback.recordLineRating("retention-citizen", "item:501", "ฉีดวัคซีนไข้หวัดใหญ่", true, 4);
		this.feedback.recordLineRating("retention-citizen", "item:502", "ตรวจคัดกรองเบาหวาน", false, 2);
		this.clock.advance(Duration.ofDays(6));
		this.feedback.recordLineRating("retention-citizen", "item:503", "รับยาที่ รพ.สต.", true, 5);

		this.retention.forgetUserKeys();
		assertThat(keysOf("item:501", "item:502", "item:503")).containsOnly("retention-citizen");

		this.clock.advance(Duration.ofDays(2));
		this.retention.forgetUserKeys();
		List<String> keys = keysOf("item:501", "item:502");
		assertThat(keys).allMatch(k -> k.startsWith(RatingRetention.FORGOTTEN)).doesNotHaveDuplicates();
		assertThat(keysOf("item:503")).containsExactly("retention-citizen");
		assertThat(this.jdbc.sql("SELECT score FROM line_rating WHERE topic IN ('item:501', 'item:502') ORDER BY topic")
			.query(Integer.class)
			.list()).containsExactly(4, 2);

		// a second run changes nothing, and today's rating still counts as today's
		this.retention.forgetUserKeys();
		assertThat(keysOf("item:501", "item:502")).isEqualTo(keys);
		this.clock.set(TestClockConfiguration.START.plus(Duration.ofDays(6)));
		assertThat(this.feedback.hasRatedToday("retention-citizen")).isTrue();
	}

	private List<String> keysOf(String... topics) {
		return this.jdbc.sql("SELECT user_key FROM line_rating WHERE topic IN (:topics) ORDER BY topic")
			.param("topics", List.of(topics))
			.query(String.class)
			.list();
	}

}
