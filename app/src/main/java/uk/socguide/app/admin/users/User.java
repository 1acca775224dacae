package uk.socguide.app.admin.users;

import java.time.Instant;

/**
 * A workspace account, without its password hash.
 *
 * @param name the sign-in name, lower case; also the name the audit log and revisions record
 * @param lockedUntil when a lockout after repeated failed sign-ins ends, or {@code null}
 * @param lastLoginAt the last successful sign-in, or {@code null}
 */
public record User(
    String name,
    Role role,
    boolean enabled,
    int failedLogins,
    Instant lockedUntil,
    Instant createdAt,
    String createdBy,
    Instant lastLoginAt) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
