package th.go.moph.dho.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import th.go.moph.dho.catalog.ContentKind;
import th.go.moph.dho.publishing.PublicationPublished;
import th.go.moph.dho.publishing.PublicationWithdrawn;
import th.go.moph.dho.publishing.PublishedContent;
import th.go.moph.dho.publishing.PublishedSummary;

class HomeContentTests {

	private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

	private final PublishedContent content = mock(PublishedContent.class);

	private final MutableClock clock = new MutableClock(NOW);

	private final HomeContent home = new HomeContent(this.content, this.clock);

	@BeforeEach
	void content() {
		given(this.content.latest(eq(List.of("alerts")), anyInt()))
			.willReturn(List.of(new PublishedSummary(1, TestCatalog.alerts(), "เตือน", null, null, NOW)));
		given(this.content.latest(eq(SiteSections.HOME_NEWS), anyInt())).willReturn(List.of());
		given(this.content.activityBySection())
			.willReturn(Map.of("alerts", new PublishedContent.SectionActivity(1, NOW)));
	}

	@Test
	void homeContentIsReadOnceAndServedFromMemory() {
		for (int i = 0; i < 100; i++) {
			assertThat(this.home.get().alerts()).hasSize(1);
		}
		verify(this.content, times(1)).latest(eq(List.of("alerts")), anyInt());
		assertThat(this.home.get().lastUpdated()).isEqualTo(NOW);
	}

	@Test
	void aPublicationOrWithdrawalEmptiesTheCacheAtOnce() {
		this.home.get();
		this.home.on(new PublicationPublished(2, 1, "alerts", ContentKind.NEWS, "ใหม่", "/p", true, NOW));
		this.home.get();
		this.home.on(new PublicationWithdrawn(2, "alerts", "", NOW));
		this.home.get();
		verify(this.content, times(3)).latest(eq(List.of("alerts")), anyInt());
	}

	@Test
	void theCacheExpiresSoItemsWhoseWindowOpensOnTheirOwnAppear() {
		this.home.get();
		this.clock.advance(HomeContent.TIME_TO_LIVE.minusSeconds(1));
		this.home.get();
		verify(this.content, times(1)).latest(eq(List.of("alerts")), anyInt());
		this.clock.advance(Duration.ofSeconds(1));
		this.home.get();
		verify(this.content, times(2)).latest(eq(List.of("alerts")), anyInt());
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
