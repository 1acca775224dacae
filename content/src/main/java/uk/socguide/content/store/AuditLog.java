package uk.socguide.content.store;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import uk.socguide.content.AuditEntry;
import uk.socguide.content.AuditQuery;

/**
 * The append-only audit log: who did what to which object, when, with the object before and after
 * as JSON. The content store writes its own entries in the same transaction as each change; other
 * modules (such as user management) append theirs with {@link #append}. Thread-safe.
 */
public final class AuditLog {
  public static final String SAVE = "save";
  public static final String WITHDRAW = "withdraw";
  public static final String DISCARD = "discard";
  public static final String SUBMIT = "submit";
  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";
  public static final String PUBLISH = "publish";
  public static final String RESTORE = "restore";
  public static final String IMPORT = "import";
  public static final String SEED = "seed";
  public static final String DISMISS = "dismiss";
  public static final String ADD_EXAMPLE = "add-example";

  private final Jdbc jdbc;
  private final Clock clock;

  AuditLog(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Entries matching the query, newest first. */
  public List<AuditEntry> query(AuditQuery query) {
    return jdbc.read(tx -> Audit.query(tx, query));
  }

  /**
   * Records an action taken outside the content store.
   *
   * @param before the object as JSON before the action, or {@code null}
   * @param after the object as JSON after the action, or {@code null}
   */
  public void append(
      String actor,
      String action,
      String objectKind,
      String objectId,
      String before,
      String after,
      String note) {
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    jdbc.transaction(
        tx -> {
          Audit.append(tx, now, actor, action, objectKind, objectId, before, after, note);
          return null;
        });
  }
}
