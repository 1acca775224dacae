package uk.socguide.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.socguide.content.Canonical;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ItemKind;
import uk.socguide.content.ItemRef;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.RegressionQuestion;
import uk.socguide.content.ReleaseInfo;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.UnknownItemException;

/** Rows of {@code content_release} and {@code release_item}: numbered snapshots of live content. */
final class Releases {
  /** One item in a release: the revision that is live, and its content. */
  record Entry(long revisionId, int revision, Object value) {}

  static final ContentRelease EMPTY =
      new ContentRelease(0, Instant.EPOCH, Map.of(), Map.of(), List.of(), List.of());

  private Releases() {}

  static long liveNumber(Tx tx) throws SQLException {
    return tx.count("SELECT live_release FROM content_state WHERE id = 1");
  }

  /**
   * Moves the live release from {@code base} to {@code next}; false when another publish got there
   * first.
   */
  static boolean advanceLive(Tx tx, long base, long next) throws SQLException {
    return tx.update(
            "UPDATE content_state SET live_release = ? WHERE id = 1 AND live_release = ?",
            next,
            base)
        == 1;
  }

  static void insert(
      Tx tx,
      long number,
      Instant at,
      String by,
      String note,
      Long restoredFrom,
      int changes,
      Map<ItemRef, Long> revisions)
      throws SQLException {
    tx.update(
        "INSERT INTO content_release (release_no, published_at, published_by, note,"
            + " restored_from, change_count) VALUES (?, ?, ?, ?, ?, ?)",
        number,
        at,
        by,
        note,
        restoredFrom,
        changes);
    for (Map.Entry<ItemRef, Long> e : revisions.entrySet()) {
      tx.update(
          "INSERT INTO release_item (release_no, kind, item_id, revision_id) VALUES (?, ?, ?, ?)",
          number,
          e.getKey().kind(),
          e.getKey().id(),
          e.getValue());
    }
  }

  /** The release's items by reference; empty for release 0. */
  static Map<ItemRef, Entry> entries(Tx tx, long number) throws SQLException {
    Map<ItemRef, Entry> entries = new LinkedHashMap<>();
    tx.list(
        "SELECT r.id, r.kind, r.item_id, r.rev_no, r.body FROM release_item ri"
            + " JOIN content_revision r ON r.id = ri.revision_id WHERE ri.release_no = ?",
        rs -> {
          ItemKind kind = ItemKind.valueOf(rs.getString("kind"));
          int rev = rs.getInt("rev_no");
          Object value = Json.decode(kind, rs.getString("body"), TopicStatus.PUBLISHED, rev);
          entries.put(
              new ItemRef(kind, rs.getString("item_id")), new Entry(rs.getLong("id"), rev, value));
          return null;
        },
        number);
    return entries;
  }

  static ContentRelease load(Tx tx, long number) throws SQLException {
    if (number == 0) {
      return EMPTY;
    }
    ReleaseInfo info = info(tx, number);
    return build(number, info.publishedAt(), entries(tx, number).values());
  }

  /** A release holding these entries; topics carry status PUBLISHED and their revision number. */
  static ContentRelease build(long number, Instant at, Iterable<Entry> entries) {
    List<Object> values = new ArrayList<>();
    for (Entry e : entries) {
      Object v = e.value();
      values.add(v instanceof Topic t ? Json.withState(t, TopicStatus.PUBLISHED, e.revision()) : v);
    }
    return of(number, at, values);
  }

  /** A release holding these items as they are. */
  static ContentRelease of(long number, Instant at, Iterable<?> items) {
    Map<String, Topic> topics = new HashMap<>();
    Map<String, ReportingRoute> routes = new HashMap<>();
    List<LexiconConcept> lexicon = new ArrayList<>();
    List<RegressionQuestion> questions = new ArrayList<>();
    for (Object v : items) {
      if (v instanceof Topic t) {
        topics.put(t.id(), t);
      } else if (v instanceof ReportingRoute r) {
        routes.put(r.id(), r);
      } else if (v instanceof LexiconConcept c) {
        lexicon.add(c);
      } else if (v instanceof RegressionQuestion q) {
        questions.add(q);
      }
    }
    lexicon.sort(Comparator.comparing(LexiconConcept::id));
    questions.sort(Comparator.comparing(q -> Canonical.question(q.question())));
    return new ContentRelease(number, at, topics, routes, lexicon, questions);
  }

  static ReleaseInfo info(Tx tx, long number) throws SQLException {
    return tx.first("SELECT * FROM content_release WHERE release_no = ?", Releases::info, number)
        .orElseThrow(() -> new UnknownItemException("no release " + number));
  }

  static List<ReleaseInfo> all(Tx tx) throws SQLException {
    return tx.list("SELECT * FROM content_release ORDER BY release_no DESC", Releases::info);
  }

  private static ReleaseInfo info(ResultSet rs) throws SQLException {
    return new ReleaseInfo(
        rs.getLong("release_no"),
        Tx.instant(rs, "published_at"),
        rs.getString("published_by"),
        rs.getString("note"),
        rs.getLong("restored_from"),
        rs.getInt("change_count"));
  }
}
