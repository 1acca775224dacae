package uk.socguide.app.admin.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import uk.socguide.app.admin.sql.Sql;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.users.User;

/**
 * Server-side sessions in the {@code workspace_session} table. The browser holds a random id; the
 * table holds only its SHA-256, the user, a CSRF token and the expiry. A session ends after {@link
 * #idle} without a request, {@link #MAX_AGE} after sign-in, at sign-out, or when its user is
 * disabled. Thread-safe.
 */
public final class Sessions {
  public static final Duration MAX_AGE = Duration.ofHours(12);
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
  private static final int MAX_FLASH = 1000;

  private final Sql sql;
  private final Clock clock;
  private final Duration idle;

  public Sessions(Sql sql, Clock clock, Duration idle) {
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("the idle timeout must be positive");
    }
    this.sql = sql;
    this.clock = clock;
    this.idle = idle;
  }

  /**
   * A session as stored.
   *
   * @param idHash SHA-256 of the id the browser holds
   */
  public record Session(
      String idHash,
      String userName,
      Role role,
      String csrf,
      Instant createdAt,
      Instant lastSeenAt,
      Instant expiresAt) {

    public Principal principal() {
      return new Principal(userName, role, Principal.Via.SESSION, csrf, idHash);
    }
  }

  /** A new session and the id to give the browser (never stored). */
  public record Started(String id, Session session) {}

  public Started start(User user) {
    String id = Secrets.random();
    Instant now = now();
    Session s =
        new Session(
            Secrets.hash(id),
            user.name(),
            user.role(),
            Secrets.random(),
            now,
            now,
            expiry(now, now));
    sql.update(
        "INSERT INTO workspace_session (id_hash, user_name, csrf_token, created_at, last_seen_at,"
            + " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        s.idHash(),
        s.userName(),
        s.csrf(),
        s.createdAt(),
        s.lastSeenAt(),
        s.expiresAt());
    return new Started(id, s);
  }

  /**
   * The live session with this id, its expiry moved on; empty when it is unknown, expired, or its
   * user has been disabled.
   */
  public Optional<Session> find(String id) {
    if (id == null || id.isEmpty() || id.length() > 100) {
      return Optional.empty();
    }
    Instant now = now();
    Optional<Session> found =
        sql.one(
            "SELECT s.*, u.role FROM workspace_session s JOIN workspace_user u ON u.name ="
                + " s.user_name WHERE s.id_hash = ? AND s.expires_at > ? AND u.enabled = TRUE",
            Sessions::session,
            Secrets.hash(id),
            now);
    if (found.isPresent() && found.get().lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
      Session s = found.get();
      Instant expires = expiry(s.createdAt(), now);
      sql.update(
          "UPDATE workspace_session SET last_seen_at = ?, expires_at = ? WHERE id_hash = ?",
          now,
          expires,
          s.idHash());
      return Optional.of(
          new Session(s.idHash(), s.userName(), s.role(), s.csrf(), s.createdAt(), now, expires));
    }
    return found;
  }

  /** Ends the session (sign-out). */
  public void end(String idHash) {
    sql.update("DELETE FROM workspace_session WHERE id_hash = ?", idHash);
  }

  /** Ends every session of a user (disabled, password changed). */
  public int endAll(String userName) {
    return sql.update("DELETE FROM workspace_session WHERE user_name = ?", userName);
  }

  /** Keeps a one-line message to show on the session's next page. */
  public void flash(String idHash, String message) {
    String m = message.length() > MAX_FLASH ? message.substring(0, MAX_FLASH) + "..." : message;
    sql.update("UPDATE workspace_session SET flash = ? WHERE id_hash = ?", m, idHash);
  }

  /** The message kept for this page, removed as it is read. */
  public Optional<String> takeFlash(String idHash) {
    Optional<String> flash =
        sql.one(
                "SELECT flash FROM workspace_session WHERE id_hash = ?",
                rs -> Optional.ofNullable(rs.getString(1)),
                idHash)
            .flatMap(f -> f);
    flash.ifPresent(
        f -> sql.update("UPDATE workspace_session SET flash = NULL WHERE id_hash = ?", idHash));
    return flash;
  }

  /** Deletes expired sessions; returns how many. */
  public int purgeExpired() {
    return sql.update("DELETE FROM workspace_session WHERE expires_at <= ?", now());
  }

  private Instant expiry(Instant created, Instant now) {
    Instant idleEnd = now.plus(idle);
    Instant hardEnd = created.plus(MAX_AGE);
    return idleEnd.isBefore(hardEnd) ? idleEnd : hardEnd;
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static Session session(ResultSet rs) throws SQLException {
    return new Session(
        rs.getString("id_hash"),
        rs.getString("user_name"),
        Role.valueOf(rs.getString("role")),
        rs.getString("csrf_token"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "last_seen_at"),
        Sql.instant(rs, "expires_at"));
  }
}
