package uk.socguide.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.socguide.content.ConflictException;
import uk.socguide.content.Item;
import uk.socguide.content.ItemKind;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Revision;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.UnknownItemException;

/** Rows of {@code content_item} and {@code content_revision}: the items and their revisions. */
final class Items {
  /** An item's row: its lock version and which revisions are its head and live. */
  record ItemRow(
      ItemRef ref, long version, long headRev, long liveRev, String changedBy, Instant changedAt) {
    boolean live() {
      return liveRev != 0;
    }
  }

  /** A revision's row, content still as JSON. */
  record RevRow(
      long id,
      ItemRef ref,
      int number,
      String body,
      boolean withdrawal,
      TopicStatus status,
      String author,
      Instant createdAt,
      String reason,
      String submittedBy,
      Instant submittedAt,
      String approvedBy,
      Instant approvedAt,
      long publishedIn) {

    Revision toRevision() {
      return new Revision(
          id,
          ref,
          number,
          status,
          withdrawal,
          author,
          createdAt,
          reason,
          submittedBy,
          submittedAt,
          approvedBy,
          approvedAt,
          publishedIn);
    }

    boolean pending() {
      return status == TopicStatus.DRAFT
          || status == TopicStatus.IN_REVIEW
          || status == TopicStatus.APPROVED;
    }
  }

  /** An item with its head revision. */
  record Head(ItemRow item, RevRow rev) {
    Object value() {
      return Json.decode(item.ref().kind(), rev.body(), rev.status(), item.version());
    }

    <T> Item<T> toItem(Class<T> type) {
      return new Item<>(
          item.ref(),
          type.cast(value()),
          rev.status(),
          rev.withdrawal(),
          item.version(),
          rev.number(),
          item.live(),
          item.changedBy(),
          item.changedAt());
    }
  }

  private static final String ITEM_COLUMNS =
      "i.kind, i.item_id, i.version, i.head_rev, i.live_rev, i.changed_by, i.changed_at";
  private static final String REV_COLUMNS =
      "r.id, r.kind, r.item_id, r.rev_no, r.body, r.withdrawal, r.status, r.author, r.created_at,"
          + " r.reason, r.submitted_by, r.submitted_at, r.approved_by, r.approved_at,"
          + " r.published_in";

  private Items() {}

  static Optional<ItemRow> find(Tx tx, ItemRef ref) throws SQLException {
    return tx.first(
        "SELECT " + ITEM_COLUMNS + " FROM content_item i WHERE i.kind = ? AND i.item_id = ?",
        Items::itemRow,
        ref.kind(),
        ref.id());
  }

  static Optional<Head> head(Tx tx, ItemRef ref) throws SQLException {
    return tx.first(
        headQuery() + " WHERE i.kind = ? AND i.item_id = ?", Items::head, ref.kind(), ref.id());
  }

  /** Every item's head, of one kind or (with {@code null}) of all kinds, in id order. */
  static List<Head> heads(Tx tx, ItemKind kind) throws SQLException {
    if (kind == null) {
      return tx.list(headQuery() + " ORDER BY i.kind, i.item_id", Items::head);
    }
    return tx.list(headQuery() + " WHERE i.kind = ? ORDER BY i.item_id", Items::head, kind);
  }

  private static String headQuery() {
    return "SELECT "
        + ITEM_COLUMNS
        + ", "
        + REV_COLUMNS
        + " FROM content_item i JOIN content_revision r ON r.id = i.head_rev";
  }

  static RevRow revision(Tx tx, long id) throws SQLException {
    return tx.first(
            "SELECT " + REV_COLUMNS + " FROM content_revision r WHERE r.id = ?", Items::revRow, id)
        .orElseThrow(() -> new UnknownItemException("no revision " + id));
  }

  /** The item's revisions, newest first. */
  static List<RevRow> history(Tx tx, ItemRef ref) throws SQLException {
    return tx.list(
        "SELECT "
            + REV_COLUMNS
            + " FROM content_revision r WHERE r.kind = ? AND r.item_id = ? ORDER BY r.rev_no DESC",
        Items::revRow,
        ref.kind(),
        ref.id());
  }

  static int nextNumber(Tx tx, ItemRef ref) throws SQLException {
    return (int)
            tx.count(
                "SELECT COALESCE(MAX(rev_no), 0) FROM content_revision WHERE kind = ? AND item_id = ?",
                ref.kind(),
                ref.id())
        + 1;
  }

  /** A new revision; returns its id. */
  static long insertRevision(
      Tx tx,
      ItemRef ref,
      String body,
      boolean withdrawal,
      TopicStatus status,
      String author,
      Instant at,
      String reason,
      Long publishedIn)
      throws SQLException {
    return tx.insert(
        "INSERT INTO content_revision (kind, item_id, rev_no, body, withdrawal, status, author,"
            + " created_at, reason, published_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ref.kind(),
        ref.id(),
        nextNumber(tx, ref),
        body,
        withdrawal,
        status,
        author,
        at,
        reason,
        publishedIn);
  }

  /** A new item at version 1; fails with a conflict if someone created it first. */
  static void create(Tx tx, ItemRef ref, long headRev, Long liveRev, String by, Instant at)
      throws SQLException {
    try {
      tx.update(
          "INSERT INTO content_item (kind, item_id, version, head_rev, live_rev, changed_by,"
              + " changed_at) VALUES (?, ?, 1, ?, ?, ?, ?)",
          ref.kind(),
          ref.id(),
          headRev,
          liveRev,
          by,
          at);
    } catch (SQLException e) {
      if (Jdbc.duplicateKey(e)) {
        throw conflict(tx, ref, 0);
      }
      throw e;
    }
  }

  /**
   * Takes the item's lock: moves it from {@code expectedVersion} to the next version, or fails with
   * a conflict naming who changed it since.
   */
  static void advance(Tx tx, ItemRef ref, long expectedVersion, String by, Instant at)
      throws SQLException {
    int n =
        tx.update(
            "UPDATE content_item SET version = version + 1, changed_by = ?, changed_at = ?"
                + " WHERE kind = ? AND item_id = ? AND version = ?",
            by,
            at,
            ref.kind(),
            ref.id(),
            expectedVersion);
    if (n == 0) {
      throw conflict(tx, ref, expectedVersion);
    }
  }

  static void setHead(Tx tx, ItemRef ref, long revisionId) throws SQLException {
    tx.update(
        "UPDATE content_item SET head_rev = ? WHERE kind = ? AND item_id = ?",
        revisionId,
        ref.kind(),
        ref.id());
  }

  static void setLive(Tx tx, ItemRef ref, Long revisionId) throws SQLException {
    tx.update(
        "UPDATE content_item SET live_rev = ? WHERE kind = ? AND item_id = ?",
        revisionId,
        ref.kind(),
        ref.id());
  }

  static void setStatus(Tx tx, long revisionId, TopicStatus status) throws SQLException {
    tx.update("UPDATE content_revision SET status = ? WHERE id = ?", status, revisionId);
  }

  static ConflictException conflict(Tx tx, ItemRef ref, long expectedVersion) throws SQLException {
    Optional<ItemRow> current = find(tx, ref);
    if (current.isEmpty()) {
      return new ConflictException(
          ref, null, null, ref + " does not exist (expected version " + expectedVersion + ")");
    }
    ItemRow row = current.get();
    String message =
        expectedVersion == 0
            ? ref + " already exists: last changed by " + row.changedBy() + " at " + row.changedAt()
            : ref
                + " was changed by "
                + row.changedBy()
                + " at "
                + row.changedAt()
                + " (now version "
                + row.version()
                + ", your copy is version "
                + expectedVersion
                + "); reload it and make your change again";
    return new ConflictException(ref, row.changedBy(), row.changedAt(), message);
  }

  private static ItemRow itemRow(ResultSet rs) throws SQLException {
    return new ItemRow(
        new ItemRef(ItemKind.valueOf(rs.getString("kind")), rs.getString("item_id")),
        rs.getLong("version"),
        rs.getLong("head_rev"),
        rs.getLong("live_rev"),
        rs.getString("changed_by"),
        Tx.instant(rs, "changed_at"));
  }

  private static RevRow revRow(ResultSet rs) throws SQLException {
    return new RevRow(
        rs.getLong("id"),
        new ItemRef(ItemKind.valueOf(rs.getString("kind")), rs.getString("item_id")),
        rs.getInt("rev_no"),
        rs.getString("body"),
        rs.getBoolean("withdrawal"),
        TopicStatus.valueOf(rs.getString("status")),
        rs.getString("author"),
        Tx.instant(rs, "created_at"),
        rs.getString("reason"),
        rs.getString("submitted_by"),
        Tx.instant(rs, "submitted_at"),
        rs.getString("approved_by"),
        Tx.instant(rs, "approved_at"),
        rs.getLong("published_in"));
  }

  private static Head head(ResultSet rs) throws SQLException {
    return new Head(itemRow(rs), revRow(rs));
  }
}
