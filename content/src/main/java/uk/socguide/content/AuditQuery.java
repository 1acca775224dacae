package uk.socguide.content;

import java.time.Instant;

/**
 * A filter on the audit log; every {@code null} field matches everything. Results come newest
 * first.
 *
 * @param from inclusive
 * @param to exclusive
 * @param limit at most this many entries (1 to 1000)
 * @param beforeId only entries older than this id (for paging), or 0
 */
public record AuditQuery(
    String actor,
    String action,
    String objectKind,
    String objectId,
    Instant from,
    Instant to,
    int limit,
    long beforeId) {

  public static AuditQuery all() {
    return new AuditQuery(null, null, null, null, null, null, 100, 0);
  }

  public AuditQuery actor(String actor) {
    return new AuditQuery(actor, action, objectKind, objectId, from, to, limit, beforeId);
  }

  public AuditQuery action(String action) {
    return new AuditQuery(actor, action, objectKind, objectId, from, to, limit, beforeId);
  }

  public AuditQuery object(String kind, String id) {
    return new AuditQuery(actor, action, kind, id, from, to, limit, beforeId);
  }

  public AuditQuery object(ItemRef ref) {
    return object(ref.kind().label(), ref.id());
  }

  public AuditQuery between(Instant from, Instant to) {
    return new AuditQuery(actor, action, objectKind, objectId, from, to, limit, beforeId);
  }

  public AuditQuery limit(int limit) {
    return new AuditQuery(actor, action, objectKind, objectId, from, to, limit, beforeId);
  }

  public AuditQuery olderThan(long id) {
    return new AuditQuery(actor, action, objectKind, objectId, from, to, limit, id);
  }
}
