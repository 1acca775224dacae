package uk.socguide.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.socguide.content.AuditEntry;
import uk.socguide.content.AuditQuery;
import uk.socguide.content.ItemRef;

/** Appends to and reads {@code audit_log}. Nothing here updates or deletes a row. */
final class Audit {
  private Audit() {}

  static void append(
      Tx tx,
      Instant at,
      String actor,
      String action,
      ItemRef ref,
      String before,
      String after,
      String note)
      throws SQLException {
    append(tx, at, actor, action, ref.kind().label(), ref.id(), before, after, note);
  }

  static void append(
      Tx tx,
      Instant at,
      String actor,
      String action,
      String objectKind,
      String objectId,
      String before,
      String after,
      String note)
      throws SQLException {
    tx.update(
        "INSERT INTO audit_log (occurred_at, actor, action, object_kind, object_id, before_json,"
            + " after_json, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        at,
        Actors.check(actor),
        action,
        objectKind,
        Text.clip(objectId, 200),
        before,
        after,
        Text.clip(note == null ? "" : note, 2000));
  }

  static List<AuditEntry> query(Tx tx, AuditQuery q) throws SQLException {
    if (q.limit() < 1 || q.limit() > 1000) {
      throw new IllegalArgumentException("limit must be 1 to 1000, not " + q.limit());
    }
    StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    filter(sql, args, "actor = ?", q.actor());
    filter(sql, args, "action = ?", q.action());
    filter(sql, args, "object_kind = ?", q.objectKind());
    filter(sql, args, "object_id = ?", q.objectId());
    filter(sql, args, "occurred_at >= ?", q.from());
    filter(sql, args, "occurred_at < ?", q.to());
    filter(sql, args, "id < ?", q.beforeId() > 0 ? q.beforeId() : null);
    sql.append(" ORDER BY id DESC FETCH FIRST ").append(q.limit()).append(" ROWS ONLY");
    return tx.list(sql.toString(), Audit::entry, args.toArray());
  }

  private static void filter(StringBuilder sql, List<Object> args, String clause, Object value) {
    if (value != null) {
      sql.append(" AND ").append(clause);
      args.add(value);
    }
  }

  private static AuditEntry entry(ResultSet rs) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        Tx.instant(rs, "occurred_at"),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("object_kind"),
        rs.getString("object_id"),
        rs.getString("before_json"),
        rs.getString("after_json"),
        rs.getString("note"));
  }
}
