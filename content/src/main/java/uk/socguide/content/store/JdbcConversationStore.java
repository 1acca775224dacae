package uk.socguide.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.socguide.content.ConversationRecord;
import uk.socguide.content.ConversationStore;

/** Conversation state in the {@code conversation} table: one row per conversation. */
final class JdbcConversationStore implements ConversationStore {
  static final int MAX_ID_LENGTH = 500;

  private final Jdbc jdbc;
  private final Clock clock;

  JdbcConversationStore(Jdbc jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public Optional<ConversationRecord> find(String conversationId, Instant now) {
    if (conversationId == null || conversationId.length() > MAX_ID_LENGTH) {
      return Optional.empty();
    }
    return jdbc.read(
            tx ->
                tx.first(
                    "SELECT * FROM conversation WHERE conversation_id = ?",
                    JdbcConversationStore::record,
                    conversationId))
        .filter(r -> !r.updatedAt().isBefore(now.minus(IDLE_EXPIRY)));
  }

  @Override
  public void save(ConversationRecord r) {
    if (r.conversationId() == null
        || r.conversationId().isEmpty()
        || r.conversationId().length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          "a conversation id is 1 to " + MAX_ID_LENGTH + " characters");
    }
    Instant at =
        (r.updatedAt() == null ? Instant.now(clock) : r.updatedAt()).truncatedTo(ChronoUnit.MICROS);
    String choices = r.pendingChoices() == null ? "" : String.join(",", r.pendingChoices());
    Object[] values = {
      Text.clip(r.channel() == null ? "" : r.channel(), 40),
      r.lastTopic(),
      r.audience(),
      r.jurisdiction(),
      Text.clip(choices, 2000),
      r.awaitingFeedback(),
      at,
      r.conversationId()
    };
    jdbc.autocommit(
        tx -> {
          if (update(tx, values) == 0) {
            try {
              tx.update(
                  "INSERT INTO conversation (channel, last_topic, audience, jurisdiction,"
                      + " pending_choices, awaiting_feedback, updated_at, conversation_id)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  values);
            } catch (SQLException e) {
              if (!Jdbc.duplicateKey(e)) {
                throw e;
              }
              // another turn of the same conversation inserted it first: last write wins
              update(tx, values);
            }
          }
          return null;
        });
  }

  private static int update(Tx tx, Object[] values) throws SQLException {
    return tx.update(
        "UPDATE conversation SET channel = ?, last_topic = ?, audience = ?, jurisdiction = ?,"
            + " pending_choices = ?, awaiting_feedback = ?, updated_at = ?"
            + " WHERE conversation_id = ?",
        values);
  }

  @Override
  public int purgeIdleBefore(Instant cutoff) {
    return jdbc.autocommit(
        tx -> tx.update("DELETE FROM conversation WHERE updated_at < ?", cutoff));
  }

  private static ConversationRecord record(ResultSet rs) throws SQLException {
    String choices = rs.getString("pending_choices");
    List<String> pending =
        choices == null || choices.isEmpty() ? List.of() : Arrays.asList(choices.split(","));
    return new ConversationRecord(
        rs.getString("conversation_id"),
        rs.getString("channel"),
        rs.getString("last_topic"),
        rs.getString("audience"),
        rs.getString("jurisdiction"),
        List.copyOf(pending),
        rs.getObject("awaiting_feedback", Long.class),
        Tx.instant(rs, "updated_at"));
  }
}
