package uk.socguide.app.admin.auth;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.app.admin.users.User;
import uk.socguide.app.admin.users.UserNames;
import uk.socguide.app.admin.users.Users;

/**
 * Signing in: the address's rate limit first, then the password, then the account's lockout and
 * state. A wrong name and a wrong password get the same answer; a name that is not an account locks
 * after the same number of failures as one that is. Thread-safe.
 */
public final class SignIn {
  private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  static final String WRONG = "That name and password do not match an account.";

  private final Users users;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final Clock clock;

  public SignIn(Users users, Sessions sessions, LoginThrottle throttle, Clock clock) {
    this.users = users;
    this.sessions = sessions;
    this.throttle = throttle;
    this.clock = clock;
  }

  /** What became of an attempt: a session, or a refusal to show with its HTTP status. */
  public record Outcome(Sessions.Started started, int status, String refusal) {
    static Outcome refused(int status, String message) {
      return new Outcome(null, status, message);
    }

    public boolean succeeded() {
      return started != null;
    }
  }

  public Outcome attempt(String rawName, String password, String address) {
    if (!throttle.allow(address)) {
      return Outcome.refused(
          429, "Too many failed sign-ins from your address. Wait ten minutes, then try again.");
    }
    String name = UserNames.normalise(rawName);
    if (name.isEmpty() || name.length() > 64 || password == null || password.isEmpty()) {
      return Outcome.refused(400, "Enter your name and your password.");
    }
    Optional<User> account = users.find(name);
    Instant now = clock.instant();
    Instant lockedUntil = account.map(User::lockedUntil).filter(t -> t.isAfter(now)).orElse(null);
    if (account.isEmpty()) {
      lockedUntil = throttle.unknownLockedUntil(name);
    }
    if (lockedUntil != null) {
      users.passwords().verifyNothing(password);
      throttle.failed(address);
      return locked(lockedUntil);
    }
    Optional<User> user = users.checkPassword(name, password);
    if (user.isEmpty()) {
      throttle.failed(address);
      if (account.isPresent()) {
        users.recordFailure(name);
        Instant until = users.find(name).map(User::lockedUntil).orElse(null);
        if (until != null && until.isAfter(now)) {
          LOG.warn("workspace account locked after {} failed sign-ins", Users.LOCK_AFTER);
          return locked(until);
        }
      } else {
        throttle.failUnknown(name, Users.LOCK_AFTER, Users.LOCK_DURATION);
        Instant until = throttle.unknownLockedUntil(name);
        if (until != null) {
          return locked(until);
        }
      }
      return Outcome.refused(401, WRONG);
    }
    if (!user.get().enabled()) {
      return Outcome.refused(403, "This account is disabled. Ask an admin to enable it.");
    }
    users.recordSuccess(name);
    return new Outcome(sessions.start(user.get()), 200, null);
  }

  private static Outcome locked(Instant until) {
    return Outcome.refused(
        429,
        "Too many failed sign-ins: this account is locked until "
            + TIME.format(until)
            + ". Try again then, or ask an admin to unlock it.");
  }
}
