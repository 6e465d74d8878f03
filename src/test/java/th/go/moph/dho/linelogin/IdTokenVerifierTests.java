package th.go.moph.dho.linelogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import th.go.moph.dho.MutableClock;

/**
 * The verifier against a fake of LINE's verify endpoint on loopback: it trusts only what
 * LINE vouches for and what then passes its own checks, and asks LINE once per token.
 */
class IdTokenVerifierTests {

	static final String TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJVMTIzIn0.c2lnbmF0dXJl";

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));

	final FakeVerifyServer line = new FakeVerifyServer();

	final long inAnHour = this.clock.instant().plus(Duration.ofHours(1)).getEpochSecond();

	@AfterEach
	void close() {
		this.line.close();
	}

	IdTokenVerifier verifier(URI url) {
		return new IdTokenVerifier(() -> url, () -> FakeVerifyServer.CHANNEL, Duration.ofSeconds(1),
				Duration.ofSeconds(2), Duration.ofMinutes(10), 10_000, this.clock);
	}

	@Test
	void acceptsTokenThatLineVerifiedAndSendsItWithTheChannelIdAsAForm() {
		this.line.answerClaims(IdTokenVerifier.ISSUER, FakeVerifyServer.CHANNEL, this.inAnHour, FakeVerifyServer.USER);

		LineUser user = verifier(this.line.url()).verify(TOKEN);

		assertThat(user).isEqualTo(new LineUser(FakeVerifyServer.USER, "สมชาย ใจดี"));
		assertThat(this.line.bodies()).containsExactly("id_token=" + TOKEN + "&client_id=" + FakeVerifyServer.CHANNEL);
	}

	@Test
	void rejectsTokenLineSaysExpired() {
		this.line.answerRefusal("IdToken expired.");

		assertThatThrownBy(() -> verifier(this.line.url()).verify(TOKEN)).isInstanceOf(InvalidIdTokenException.class)
			.hasMessageContaining("400")
			.hasMessageNotContaining(TOKEN);
	}

	@Test
	void rejectsExpiredTokenEvenWhenLineAnswers200() {
		this.line.answerClaims(IdTokenVerifier.ISSUER, FakeVerifyServer.CHANNEL,
				this.clock.instant().minusSeconds(1).getEpochSecond(), FakeVerifyServer.USER);

		assertThatThrownBy(() -> verifier(this.line.url()).verify(TOKEN)).isInstanceOf(InvalidIdTokenException.class)
			.hasMessage("expired");
	}

	@Test
	void rejectsTokenIssuedForAnotherChannel() {
		this.line.answerClaims(IdTokenVerifier.ISSUER, "9999999999", this.inAnHour, FakeVerifyServer.USER);

		assertThatThrownBy(() -> verifier(this.line.url()).verify(TOKEN)).isInstanceOf(InvalidIdTokenException.class)
			.hasMessage("issued for another channel");
	}

	@Test
	void rejectsTokenFromAnotherIssuer() {
		this.line.answerClaims("https://evil.example", FakeVerifyServer.CHANNEL, this.inAnHour, FakeVerifyServer.USER);

		assertThatThrownBy(() -> verifier(this.line.url()).verify(TOKEN)).isInstanceOf(InvalidIdTokenException.class)
			.hasMessage("wrong issuer");
	}

	@Test
	void rejectsTokenWithoutUserId() {
		this.line.answerClaims(IdTokenVerifier.ISSUER, FakeVerifyServer.CHANNEL, this.inAnHour, "");

		assertThatThrownBy(() -> verifier(this.line.url()).verify(TOKEN)).isInstanceOf(InvalidIdTokenException.class)
			.hasMessage("no LINE user id");
	}

	@Test
	void rejectsForgedTokenThatLineRefuses() {
		this.line.answerRefusal("Invalid IdToken signature.");

		assertThatThrownBy(() -> verifier(this.line.url()).verify(TOKEN)).isInstanceOf(InvalidIdTokenException.class)
			.hasMessageContaining("Invalid IdToken signature.");
	}

	@Test
	void rejectsEveryTokenWhenLineIsUnreachable() {
		URI url = this.line.url();
		this.line.close();

		assertThatThrownBy(() -> verifier(url).verify(TOKEN)).isInstanceOf(InvalidIdTokenException.class)
			.hasMessageContaining("not reachable");
	}

	@Test
	void rejectsBlankTokenWithoutAskingLine() {
		assertThatThrownBy(() -> verifier(this.line.url()).verify("  ")).isInstanceOf(InvalidIdTokenException.class);
		assertThat(this.line.calls).hasValue(0);
	}

	@Test
	void rejectsEveryTokenWhenNoChannelIdIsConfigured() {
		IdTokenVerifier verifier = new IdTokenVerifier(this.line::url, () -> "", Duration.ofSeconds(1),
				Duration.ofSeconds(2), Duration.ofMinutes(10), 100, this.clock);

		assertThatThrownBy(() -> verifier.verify(TOKEN)).isInstanceOf(InvalidIdTokenException.class);
		assertThat(this.line.calls).hasValue(0);
	}

	@Test
	void asksLineOnceForTheSameTokenEvenWhenManyAskAtOnce() throws Exception {
		this.line.answerClaims(IdTokenVerifier.ISSUER, FakeVerifyServer.CHANNEL, this.inAnHour, FakeVerifyServer.USER);
		IdTokenVerifier verifier = verifier(this.line.url());
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<LineUser>> users = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				users.add(pool.submit(() -> verifier.verify(TOKEN)));
			}
			for (Future<LineUser> user : users) {
				assertThat(user.get().userId()).isEqualTo(FakeVerifyServer.USER);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.line.calls).hasValue(1);
	}

	@Test
	void asksLineAgainOnceTheRememberedTokenHasExpired() {
		long inFiveMinutes = this.clock.instant().plus(Duration.ofMinutes(5)).getEpochSecond();
		this.line.answerClaims(IdTokenVerifier.ISSUER, FakeVerifyServer.CHANNEL, inFiveMinutes, FakeVerifyServer.USER);
		IdTokenVerifier verifier = verifier(this.line.url());
		verifier.verify(TOKEN);
		this.clock.advance(Duration.ofMinutes(4));
		verifier.verify(TOKEN);
		assertThat(this.line.calls).hasValue(1);

		this.clock.advance(Duration.ofMinutes(2));
		this.line.answerRefusal("IdToken expired.");

		assertThatThrownBy(() -> verifier.verify(TOKEN)).isInstanceOf(InvalidIdTokenException.class);
		assertThat(this.line.calls).hasValue(2);
	}

	@Test
	void doesNotRememberRefusedTokens() {
		this.line.answerRefusal("IdToken expired.");
		this.line.answerClaims(IdTokenVerifier.ISSUER, FakeVerifyServer.CHANNEL, this.inAnHour, FakeVerifyServer.USER);
		IdTokenVerifier verifier = verifier(this.line.url());

		assertThatThrownBy(() -> verifier.verify(TOKEN)).isInstanceOf(InvalidIdTokenException.class);
		assertThat(verifier.verify(TOKEN).userId()).isEqualTo(FakeVerifyServer.USER);
		assertThat(this.line.calls).hasValue(2);
	}

	@Test
	void remembersAtMostTheConfiguredNumberOfTokens() {
		IdTokenVerifier verifier = new IdTokenVerifier(this.line::url, () -> FakeVerifyServer.CHANNEL,
				Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofMinutes(10), 3, this.clock);
		for (int i = 0; i < 10; i++) {
			this.line.answerClaims(IdTokenVerifier.ISSUER, FakeVerifyServer.CHANNEL, this.inAnHour,
					FakeVerifyServer.USER);
			verifier.verify(TOKEN + i);
		}
		assertThat(verifier.cached()).isLessThanOrEqualTo(3);
	}

}
