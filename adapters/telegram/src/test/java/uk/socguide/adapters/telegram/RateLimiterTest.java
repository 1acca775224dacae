package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final long SECOND = 1_000_000_000L;
  private final RateLimiter limiter = new RateLimiter(SendLimits.TELEGRAM);

  @Test
  void aChatGetsAboutOneMessageASecond() {
    long now = 5 * SECOND;

    assertThat(limiter.reserveChat(1, false, now)).isZero();
    assertThat(limiter.reserveChat(1, false, now)).isEqualTo(SECOND);
    assertThat(limiter.reserveChat(1, false, now)).isEqualTo(2 * SECOND);
    assertThat(limiter.reserveChat(1, false, now + 10 * SECOND)).isZero();
  }

  @Test
  void groupsWaitLonger() {
    long now = 5 * SECOND;
    limiter.reserveChat(-100, true, now);

    assertThat(limiter.reserveChat(-100, true, now)).isEqualTo(3 * SECOND);
  }

  @Test
  void otherChatsAreNotHeldUpByABusyOne() {
    long now = 5 * SECOND;
    limiter.reserveChat(1, false, now);
    limiter.reserveChat(1, false, now);

    assertThat(limiter.reserveChat(2, false, now)).isZero();
  }

  @Test
  void overallThirtyASecond() {
    long now = 5 * SECOND;
    long last = 0;
    for (int i = 0; i < 31; i++) {
      last = limiter.reserveGlobal(now);
    }

    assertThat(last).isEqualTo(30 * (SECOND / 30));
    assertThat(limiter.reserveGlobal(now + 2 * SECOND)).isZero();
  }

  @Test
  void noLimitsMeansNoWaiting() {
    RateLimiter none =
        new RateLimiter(
            new SendLimits(Duration.ZERO, Duration.ZERO, 0, Duration.ZERO, Duration.ZERO, 1));

    assertThat(none.reserveChat(1, false, 0)).isZero();
    assertThat(none.reserveChat(1, false, 0)).isZero();
    assertThat(none.reserveGlobal(0)).isZero();
    assertThat(none.trackedChats()).isZero();
  }
}
