package uk.socguide.core.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import uk.socguide.content.ConversationRecord;
import uk.socguide.content.FeedbackEntry;
import uk.socguide.content.UnansweredQuestion;

/** Reads back what the engine wrote, straight from the database's tables. */
final class DatabaseRecords implements Recorded {
  private final DataSource db;

  DatabaseRecords(DataSource db) {
    this.db = db;
  }

  @Override
  public List<UnansweredQuestion> unanswered() {
    return query(
        "SELECT question, channel, best_topic, confidence, asked_at FROM unanswered_question"
            + " ORDER BY id",
        rs ->
            new UnansweredQuestion(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getDouble(4),
                rs.getObject(5, java.time.OffsetDateTime.class).toInstant()));
  }

  @Override
  public List<FeedbackEntry> feedback() {
    return query(
        "SELECT topic_id, helpful, reason, channel, given_at FROM feedback ORDER BY id",
        rs ->
            new FeedbackEntry(
                rs.getString(1),
                rs.getBoolean(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, java.time.OffsetDateTime.class).toInstant()));
  }

  @Override
  public List<ConversationRecord> conversations() {
    return query(
        "SELECT conversation_id, channel, last_topic, audience, jurisdiction, pending_choices,"
            + " awaiting_feedback, updated_at FROM conversation",
        rs ->
            new ConversationRecord(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6).isEmpty() ? List.of() : Arrays.asList(rs.getString(6).split(",")),
                rs.getObject(7, Long.class),
                rs.getObject(8, java.time.OffsetDateTime.class).toInstant()));
  }

  /** Every text value in every table of the schema, whatever the table. */
  @Override
  public List<String> everyStoredText() {
    List<String> columns =
        query(
            "SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = 'PUBLIC'"
                + " AND data_type IN ('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT')",
            rs -> '"' + rs.getString(1) + "\".\"" + rs.getString(2) + '"');
    List<String> out = new ArrayList<>();
    for (String column : columns) {
      String table = column.substring(0, column.indexOf('.'));
      out.addAll(query("SELECT " + column + " FROM " + table, rs -> rs.getString(1)));
    }
    out.removeIf(s -> s == null);
    return out;
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Row<T> row) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(row.read(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
