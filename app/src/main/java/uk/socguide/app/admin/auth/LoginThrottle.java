package uk.socguide.app.admin.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits failed sign-ins per client address (after {@value #PER_ADDRESS} failures within {@link
 * #WINDOW} the address must wait; successful sign-ins from a shared office address do not count),
 * and remembers failures against names that are not accounts, so that such a name "locks" exactly
 * as a real one does and a lockout message reveals nothing about which names exist. Held in memory:
 * a restart forgets it, while real accounts' lockouts are kept in the database. Thread-safe.
 */
public final class LoginThrottle {
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(10);
  private static final int MAX_TRACKED = 10_000;

  private final Clock clock;
  private final Map<String, Deque<Instant>> attempts = lru();
  private final Map<String, Failures> unknownNames = lru();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  private record Failures(int count, Instant lockedUntil) {}

  /** False when the address has failed too often lately: refuse its attempt unchecked. */
  public synchronized boolean allow(String address) {
    Deque<Instant> times = attempts.get(address);
    if (times == null) {
      return true;
    }
    Instant cutoff = clock.instant().minus(WINDOW);
    while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
      times.pollFirst();
    }
    return times.size() < PER_ADDRESS;
  }

  /** Counts a failed sign-in from {@code address}. */
  public synchronized void failed(String address) {
    attempts.computeIfAbsent(address, k -> new ArrayDeque<>()).addLast(clock.instant());
  }

  /** The end of an unknown name's pretend lockout, or {@code null}. */
  public synchronized Instant unknownLockedUntil(String name) {
    Failures f = unknownNames.get(name);
    Instant now = clock.instant();
    return f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now)
        ? null
        : f.lockedUntil();
  }

  /** Counts a failure against a name that is not an account. */
  public synchronized void failUnknown(String name, int lockAfter, Duration lockFor) {
    Failures f = unknownNames.getOrDefault(name, new Failures(0, null));
    int count = f.count() + 1;
    unknownNames.put(
        name,
        count >= lockAfter
            ? new Failures(0, clock.instant().plus(lockFor))
            : new Failures(count, f.lockedUntil()));
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > MAX_TRACKED;
      }
    };
  }
}
