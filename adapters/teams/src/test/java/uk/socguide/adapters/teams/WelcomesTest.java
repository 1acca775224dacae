package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class WelcomesTest {
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2025-03-04T09:00:00Z"));
  private final Welcomes welcomes = new Welcomes(new SettableClock(now));

  @Test
  void onlyTheFirstClaimForAConversationWins() {
    assertThat(welcomes.claim("a")).isTrue();
    assertThat(welcomes.claim("a")).isFalse();
    assertThat(welcomes.claim("b")).as("other conversations are separate").isTrue();
  }

  @Test
  void aForgottenConversationIsWelcomedAgain() {
    welcomes.claim("a");
    welcomes.forget("a");
    assertThat(welcomes.claim("a")).isTrue();
  }

  @Test
  void theMemoryLapses() {
    welcomes.claim("a");
    now.set(now.get().plus(Welcomes.REMEMBER).minusSeconds(1));
    assertThat(welcomes.claim("a")).isFalse();
    now.set(now.get().plus(Duration.ofSeconds(1)));
    assertThat(welcomes.claim("a")).isTrue();
  }

  private static final class SettableClock extends Clock {
    private final AtomicReference<Instant> now;

    SettableClock(AtomicReference<Instant> now) {
      this.now = now;
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
      return now.get();
    }
  }
}
