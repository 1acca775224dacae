package uk.socguide.adapters.teams;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a Bot Connector call again: after 429 (too many requests) and 5xx other than 501 and
 * 505, and after network failures, with exponential backoff and jitter; a Retry-After header is
 * honoured as the least wait. A wait the connector asks for that is longer than {@link #maxWait}
 * ends the retries rather than being shortened.
 *
 * @param maxAttempts attempts in all, the first included
 * @param firstBackoff the wait before the first retry, doubled for each further one
 * @param maxWait the longest single wait
 */
record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxWait) {

  static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(20));

  static boolean isRetryableStatus(int status) {
    return status == 429 || (status >= 500 && status != 501 && status != 505);
  }

  /**
   * The wait before the next attempt, or empty to stop.
   *
   * @param attempt the attempt that just failed, from 1
   * @param retryAfter the Retry-After header of the failed response, or {@code null}
   */
  Optional<Duration> nextWait(int attempt, String retryAfter, Instant now) {
    if (attempt >= maxAttempts) {
      return Optional.empty();
    }
    long base = firstBackoff.toMillis() << Math.min(attempt - 1, 16);
    long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    Duration wait = Duration.ofMillis(Math.min(jittered, maxWait.toMillis()));
    Optional<Duration> asked = parseRetryAfter(retryAfter, now);
    if (asked.isPresent()) {
      if (asked.get().compareTo(maxWait) > 0) {
        return Optional.empty();
      }
      if (asked.get().compareTo(wait) > 0) {
        wait = asked.get();
      }
    }
    return Optional.of(wait);
  }

  /** Retry-After as delay-seconds or an HTTP date; empty when absent or unreadable. */
  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(now, at);
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
