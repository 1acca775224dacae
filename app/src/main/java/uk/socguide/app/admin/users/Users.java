package uk.socguide.app.admin.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.socguide.app.admin.json.Jsons;
import uk.socguide.app.admin.sql.Sql;
import uk.socguide.content.store.AuditLog;

/**
 * The workspace's accounts, in the {@code workspace_user} table. Every change is written to the
 * content store's audit log (object kind {@code user}), never with a password or hash. Failed
 * sign-ins are counted per account; {@value #LOCK_AFTER} in a row lock it for {@link
 * #LOCK_DURATION}. Thread-safe.
 */
public final class Users {
  public static final int LOCK_AFTER = 5;
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  private final Sql sql;
  private final Passwords passwords;
  private final AuditLog audit;
  private final Clock clock;

  public Users(Sql sql, Passwords passwords, AuditLog audit, Clock clock) {
    this.sql = sql;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
  }

  public Passwords passwords() {
    return passwords;
  }

  public List<User> list() {
    return sql.list("SELECT * FROM workspace_user ORDER BY name", Users::user);
  }

  public Optional<User> find(String name) {
    return sql.one(
        "SELECT * FROM workspace_user WHERE name = ?", Users::user, UserNames.normalise(name));
  }

  /** How many enabled admins there are (the last one cannot be disabled or demoted). */
  public int enabledAdmins() {
    return sql.one(
            "SELECT COUNT(*) FROM workspace_user WHERE enabled = TRUE AND role = ?",
            rs -> rs.getInt(1),
            Role.ADMIN.name())
        .orElse(0);
  }

  /**
   * Adds an enabled account.
   *
   * @throws IllegalArgumentException for a bad name or password, or a name already taken
   */
  public User add(String name, Role role, String password, String actor) {
    String n = UserNames.check(name);
    Passwords.checkNew(n, password);
    String hash = passwords.hash(password);
    Instant now = now();
    try {
      sql.update(
          "INSERT INTO workspace_user (name, role, password_hash, enabled, failed_logins,"
              + " created_at, created_by, password_changed_at) VALUES (?, ?, ?, TRUE, 0, ?, ?, ?)",
          n,
          role.name(),
          hash,
          now,
          actor,
          now);
    } catch (IllegalStateException e) {
      if (Sql.duplicateKey(e)) {
        throw new IllegalArgumentException("there is already a user called " + n);
      }
      throw e;
    }
    User added = find(n).orElseThrow();
    audit.append(actor, "user-add", "user", n, null, describe(added), "");
    return added;
  }

  /**
   * Enables or disables an account. Disabling ends its sessions (and its API tokens stop working);
   * enabling lifts a lockout.
   */
  public User setEnabled(String name, boolean enabled, String actor) {
    User before = existing(name);
    if (!enabled && before.role() == Role.ADMIN && before.enabled() && enabledAdmins() <= 1) {
      throw new IllegalArgumentException(
          "the last enabled admin cannot be disabled; add another admin first");
    }
    sql.transaction(
        tx -> {
          tx.update(
              "UPDATE workspace_user SET enabled = ?, failed_logins = 0, locked_until = NULL"
                  + " WHERE name = ?",
              enabled,
              before.name());
          if (!enabled) {
            tx.update("DELETE FROM workspace_session WHERE user_name = ?", before.name());
          }
          return null;
        });
    User after = existing(name);
    audit.append(
        actor,
        enabled ? "user-enable" : "user-disable",
        "user",
        before.name(),
        describe(before),
        describe(after),
        "");
    return after;
  }

  public User setRole(String name, Role role, String actor) {
    User before = existing(name);
    if (before.role() == Role.ADMIN
        && role != Role.ADMIN
        && before.enabled()
        && enabledAdmins() <= 1) {
      throw new IllegalArgumentException(
          "the last enabled admin must stay an admin; make someone else an admin first");
    }
    sql.update("UPDATE workspace_user SET role = ? WHERE name = ?", role.name(), before.name());
    User after = existing(name);
    audit.append(actor, "user-role", "user", before.name(), describe(before), describe(after), "");
    return after;
  }

  /** Sets a new password, lifts any lockout and ends the user's sessions. */
  public void setPassword(String name, String password, String actor) {
    User user = existing(name);
    Passwords.checkNew(user.name(), password);
    String hash = passwords.hash(password);
    sql.transaction(
        tx -> {
          tx.update(
              "UPDATE workspace_user SET password_hash = ?, password_changed_at = ?,"
                  + " failed_logins = 0, locked_until = NULL WHERE name = ?",
              hash,
              now(),
              user.name());
          tx.update("DELETE FROM workspace_session WHERE user_name = ?", user.name());
          return null;
        });
    audit.append(actor, "user-password", "user", user.name(), null, null, "password changed");
  }

  /**
   * Checks a sign-in. Does not look at lockouts or whether the account is enabled: callers decide
   * what to say about those, after the password check, so that timing reveals nothing.
   *
   * @return the account when the password is right
   */
  public Optional<User> checkPassword(String name, String password) {
    String n = UserNames.normalise(name);
    Optional<String> hash =
        sql.one(
            "SELECT password_hash FROM workspace_user WHERE name = ?", rs -> rs.getString(1), n);
    if (hash.isEmpty()) {
      passwords.verifyNothing(password);
      return Optional.empty();
    }
    return passwords.verify(password, hash.get()) ? find(n) : Optional.empty();
  }

  /** Counts a failed sign-in; the {@value #LOCK_AFTER}th in a row locks the account. */
  public void recordFailure(String name) {
    Instant now = now();
    sql.update(
        "UPDATE workspace_user SET failed_logins = failed_logins + 1 WHERE name = ?",
        UserNames.normalise(name));
    sql.update(
        "UPDATE workspace_user SET locked_until = ?, failed_logins = 0"
            + " WHERE name = ? AND failed_logins >= ?",
        now.plus(LOCK_DURATION),
        UserNames.normalise(name),
        LOCK_AFTER);
  }

  public void recordSuccess(String name) {
    sql.update(
        "UPDATE workspace_user SET failed_logins = 0, locked_until = NULL, last_login_at = ?"
            + " WHERE name = ?",
        now(),
        UserNames.normalise(name));
  }

  private User existing(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "there is no user called " + normaliseForMessage(name)));
  }

  private static String normaliseForMessage(String name) {
    String n = UserNames.normalise(name);
    return n.length() > 64 ? n.substring(0, 64) + "..." : n;
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static String describe(User u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", u.name());
    m.put("role", u.role().label());
    m.put("enabled", u.enabled());
    return Jsons.write(m);
  }

  private static User user(ResultSet rs) throws SQLException {
    return new User(
        rs.getString("name"),
        Role.valueOf(rs.getString("role")),
        rs.getBoolean("enabled"),
        rs.getInt("failed_logins"),
        Sql.instant(rs, "locked_until"),
        Sql.instant(rs, "created_at"),
        rs.getString("created_by"),
        Sql.instant(rs, "last_login_at"));
  }
}
