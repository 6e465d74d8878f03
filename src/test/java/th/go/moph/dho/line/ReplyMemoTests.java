package th.go.moph.dho.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * A reply is built once per list of published content, and again as soon as the list is a
 * different one, even when it holds the same items.
 */
class ReplyMemoTests {

	private final ReplyMemo<List<String>> memo = new ReplyMemo<>();

	private final AtomicInteger builds = new AtomicInteger();

	@Test
	void buildsOnceForTheSameList() {
		List<String> news = List.of("ข่าว 1");
		Reply first = this.memo.get(news, this::build);
		Reply second = this.memo.get(news, this::build);
		assertThat(second).isSameAs(first);
		assertThat(this.builds).hasValue(1);
	}

	@Test
	void buildsAgainForAnotherListEvenWithEqualItems() {
		List<String> news = List.of("ข่าว 1");
		Reply first = this.memo.get(news, this::build);
		Reply second = this.memo.get(new ArrayList<>(news), this::build);
		assertThat(second).isNotSameAs(first);
		assertThat(this.builds).hasValue(2);
	}

	private Reply build(List<String> items) {
		this.builds.incrementAndGet();
		return Reply.none("NEWS:" + items.size());
	}

}
