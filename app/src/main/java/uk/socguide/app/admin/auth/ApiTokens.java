package uk.socguide.app.admin.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import uk.socguide.app.admin.sql.Sql;
import uk.socguide.app.admin.users.Role;
import uk.socguide.content.store.AuditLog;

/**
 * API tokens for scripts: {@code Authorization: Bearer sgt_...}. A token acts as the user who
 * created it, with that user's current role, and stops working when it expires, is revoked, or its
 * user is disabled. Only a SHA-256 of the token is stored; the token itself is shown once, when it
 * is issued. Thread-safe.
 */
public final class ApiTokens {
  public static final String PREFIX = "sgt_";
  public static final int MAX_LABEL = 100;
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final Sql sql;
  private final AuditLog audit;
  private final Clock clock;

  public ApiTokens(Sql sql, AuditLog audit, Clock clock) {
    this.sql = sql;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A token as stored (never its secret).
   *
   * @param expiresAt when it stops working, or {@code null} for never
   */
  public record Token(
      long id,
      String label,
      String userName,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt,
      Instant revokedAt) {

    public boolean activeAt(Instant now) {
      return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
  }

  /** A new token and its secret, which is not kept and cannot be shown again. */
  public record Issued(Token token, String secret) {}

  /**
   * Issues a token for {@code userName}.
   *
   * @param validFor how long it works, or {@code null} for until revoked
   */
  public Issued issue(String userName, String label, Duration validFor) {
    String l = label == null ? "" : label.strip();
    if (l.isEmpty() || l.length() > MAX_LABEL || l.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "give the token a label of 1 to " + MAX_LABEL + " characters, such as what uses it");
    }
    if (validFor != null && (validFor.isNegative() || validFor.isZero())) {
      throw new IllegalArgumentException("a token must be valid for a positive time");
    }
    String secret = PREFIX + Secrets.random();
    Instant now = now();
    Instant expires = validFor == null ? null : now.plus(validFor);
    long id =
        sql.transaction(
            tx -> {
              tx.update(
                  "INSERT INTO api_token (token_hash, label, user_name, created_at, expires_at)"
                      + " VALUES (?, ?, ?, ?, ?)",
                  Secrets.hash(secret),
                  l,
                  userName,
                  now,
                  expires);
              return tx.list(
                      "SELECT id FROM api_token WHERE token_hash = ?",
                      rs -> rs.getLong(1),
                      Secrets.hash(secret))
                  .get(0);
            });
    Token token = find(id).orElseThrow();
    audit.append(userName, "token-issue", "api-token", Long.toString(id), null, l, "");
    return new Issued(token, secret);
  }

  /** The principal a bearer token stands for, when it is live and its user enabled. */
  public Optional<Principal> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = now();
    record Hit(long id, String user, Role role, Instant lastUsed) {}
    Optional<Hit> hit =
        sql.one(
            "SELECT t.id, t.user_name, t.last_used_at, u.role FROM api_token t JOIN workspace_user"
                + " u ON u.name = t.user_name WHERE t.token_hash = ? AND t.revoked_at IS NULL AND"
                + " (t.expires_at IS NULL OR t.expires_at > ?) AND u.enabled = TRUE",
            rs ->
                new Hit(
                    rs.getLong("id"),
                    rs.getString("user_name"),
                    Role.valueOf(rs.getString("role")),
                    Sql.instant(rs, "last_used_at")),
            Secrets.hash(secret),
            now);
    hit.filter(h -> h.lastUsed() == null || h.lastUsed().plus(TOUCH_EVERY).isBefore(now))
        .ifPresent(
            h -> sql.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", now, h.id()));
    return hit.map(h -> new Principal(h.user(), h.role(), Principal.Via.TOKEN, null, null));
  }

  public Optional<Token> find(long id) {
    return sql.one("SELECT * FROM api_token WHERE id = ?", ApiTokens::token, id);
  }

  /** The user's tokens, newest first, revoked ones included. */
  public List<Token> forUser(String userName) {
    return sql.list(
        "SELECT * FROM api_token WHERE user_name = ? ORDER BY id DESC", ApiTokens::token, userName);
  }

  /**
   * Revokes a token. Users revoke their own; admins may revoke anyone's.
   *
   * @throws IllegalArgumentException when there is no such token the actor may revoke
   */
  public Token revoke(long id, Principal actor) {
    Token t =
        find(id)
            .filter(x -> x.userName().equals(actor.name()) || actor.may(Role.ADMIN))
            .orElseThrow(
                () -> new IllegalArgumentException("there is no token " + id + " of yours"));
    if (t.revokedAt() == null) {
      sql.update("UPDATE api_token SET revoked_at = ? WHERE id = ?", now(), id);
      audit.append(
          actor.name(), "token-revoke", "api-token", Long.toString(id), null, null, t.label());
    }
    return find(id).orElseThrow();
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private static Token token(ResultSet rs) throws SQLException {
    return new Token(
        rs.getLong("id"),
        rs.getString("label"),
        rs.getString("user_name"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "expires_at"),
        Sql.instant(rs, "last_used_at"),
        Sql.instant(rs, "revoked_at"));
  }
}
