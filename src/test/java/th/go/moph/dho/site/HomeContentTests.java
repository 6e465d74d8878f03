package th.go.moph.dho.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedSummary;

class HomeContentTests {

	private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

	private final PublishedContent content = mock(PublishedContent.class);

	private final HomeContent home = new HomeContent(this.content);

	private final List<PublishedSummary> alerts = List
		.of(new PublishedSummary(1, TestCatalog.alerts(), "เตือนภัยน้ำท่วม", null, null, NOW));

	@BeforeEach
	void content() {
		given(this.content.latest(eq(List.of("alerts")), anyInt())).willReturn(this.alerts);
		given(this.content.latest(eq(SiteSections.HOME_NEWS), anyInt())).willReturn(List.of());
		given(this.content.activityBySection())
			.willReturn(Map.of("alerts", new PublishedContent.SectionActivity(1, NOW)));
	}

	@Test
	void theSameViewIsGivenWhileTheLiveListsAreTheSameSoTheRenderedPageIsReused() {
		HomeContent.HomeView first = this.home.get();
		for (int i = 0; i < 100; i++) {
			assertThat(this.home.get()).isSameAs(first);
		}
		assertThat(first.alerts()).extracting(PublishedSummary::title).containsExactly("เตือนภัยน้ำท่วม");
		assertThat(first.lastUpdated()).isEqualTo(NOW);
	}

	@Test
	void newListsFromTheLiveContentMakeANewViewAtOnce() {
		HomeContent.HomeView before = this.home.get();
		// a publication, a withdrawal or a window opening: the live content hands out new
		// lists
		List<PublishedSummary> opened = List.of(
				new PublishedSummary(2, TestCatalog.alerts(), "งดจ่ายน้ำประปา", null, null, NOW.plusSeconds(60)),
				this.alerts.get(0));
		given(this.content.latest(eq(List.of("alerts")), anyInt())).willReturn(opened);
		given(this.content.activityBySection())
			.willReturn(Map.of("alerts", new PublishedContent.SectionActivity(2, NOW.plusSeconds(60))));
		HomeContent.HomeView after = this.home.get();
		assertThat(after).isNotSameAs(before);
		assertThat(after.alerts()).extracting(PublishedSummary::title)
			.containsExactly("งดจ่ายน้ำประปา", "เตือนภัยน้ำท่วม");
		assertThat(after.lastUpdated()).isEqualTo(NOW.plusSeconds(60));
		assertThat(this.home.get()).isSameAs(after);
	}

}
