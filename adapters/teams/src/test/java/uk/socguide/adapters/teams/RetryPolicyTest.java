package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final Instant NOW = Instant.parse("2025-03-04T10:00:00Z");
  private final RetryPolicy policy =
      new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(20));

  @Test
  void throttlingAndServerErrorsAreRetriedButNotClientErrors() {
    assertThat(RetryPolicy.isRetryableStatus(429)).isTrue();
    assertThat(RetryPolicy.isRetryableStatus(500)).isTrue();
    assertThat(RetryPolicy.isRetryableStatus(503)).isTrue();
    assertThat(RetryPolicy.isRetryableStatus(501)).isFalse();
    assertThat(RetryPolicy.isRetryableStatus(505)).isFalse();
    assertThat(RetryPolicy.isRetryableStatus(400)).isFalse();
    assertThat(RetryPolicy.isRetryableStatus(403)).isFalse();
  }

  @Test
  void backoffGrowsAndStopsAfterTheLastAttempt() {
    Duration first = policy.nextWait(1, null, NOW).orElseThrow();
    Duration third = policy.nextWait(3, null, NOW).orElseThrow();
    assertThat(first).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(third).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
    assertThat(policy.nextWait(4, null, NOW)).isEmpty();
  }

  @Test
  void retryAfterIsTheLeastWait() {
    assertThat(policy.nextWait(1, "7", NOW)).contains(Duration.ofSeconds(7));
    assertThat(policy.nextWait(1, "Tue, 04 Mar 2025 10:00:09 GMT", NOW))
        .contains(Duration.ofSeconds(9));
  }

  @Test
  void retryAfterLongerThanTheLimitEndsRetries() {
    assertThat(policy.nextWait(1, "120", NOW)).isEmpty();
  }

  @Test
  void unreadableRetryAfterFallsBackToBackoff() {
    assertThat(policy.nextWait(1, "soon", NOW)).isPresent();
    assertThat(RetryPolicy.parseRetryAfter("-3", NOW)).isEmpty();
    assertThat(RetryPolicy.parseRetryAfter("Tue, 04 Mar 2025 09:00:00 GMT", NOW))
        .contains(Duration.ZERO);
  }
}
