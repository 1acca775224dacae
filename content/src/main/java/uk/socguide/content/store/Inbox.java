package uk.socguide.content.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.socguide.content.Canonical;
import uk.socguide.content.FeedbackEntry;
import uk.socguide.content.InboxStore;
import uk.socguide.content.Item;
import uk.socguide.content.ItemRef;
import uk.socguide.content.QuestionGroup;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicFeedback;
import uk.socguide.content.UnansweredQuestion;
import uk.socguide.content.UnknownItemException;
import uk.socguide.content.WorkflowException;
import uk.socguide.content.store.Items.Head;

/**
 * What readers could not get answered and what they thought of answers: written by the dialogue
 * engine on every turn ({@link InboxStore}), read and acted on by editors. Text arrives already
 * redacted. Thread-safe.
 */
public final class Inbox implements InboxStore {
  /** How many open questions grouping looks at (the most recent). */
  static final int WINDOW = 5000;

  private final Jdbc jdbc;
  private final Editing editing;

  Inbox(Jdbc jdbc, Editing editing) {
    this.jdbc = jdbc;
    this.editing = editing;
  }

  @Override
  public void recordUnanswered(UnansweredQuestion q) {
    jdbc.autocommit(
        tx ->
            tx.update(
                "INSERT INTO unanswered_question (question, channel, best_topic, confidence,"
                    + " asked_at) VALUES (?, ?, ?, ?, ?)",
                Text.clip(q.redactedText() == null ? "" : q.redactedText(), 1000),
                Text.clip(q.channel() == null ? "" : q.channel(), 40),
                Text.clip(q.bestTopic(), 200),
                Double.isFinite(q.confidence()) ? q.confidence() : 0.0,
                at(q.askedAt())));
  }

  @Override
  public long recordFeedback(FeedbackEntry f) {
    if (f.topicId() == null || f.topicId().isBlank()) {
      throw new IllegalArgumentException("feedback must name the topic it is about");
    }
    return jdbc.autocommit(
        tx ->
            tx.insert(
                "INSERT INTO feedback (topic_id, helpful, reason, channel, given_at)"
                    + " VALUES (?, ?, ?, ?, ?)",
                Text.clip(f.topicId(), 200),
                f.helpful(),
                f.reason() == null || f.reason().isBlank() ? null : Text.clip(f.reason(), 1000),
                Text.clip(f.channel() == null ? "" : f.channel(), 40),
                at(f.givenAt())));
  }

  @Override
  public void addFeedbackReason(long feedbackId, String redactedReason) {
    if (redactedReason == null || redactedReason.isBlank()) {
      return;
    }
    jdbc.autocommit(
        tx ->
            tx.update(
                "UPDATE feedback SET reason = ? WHERE id = ? AND reason IS NULL",
                Text.clip(redactedReason, 1000),
                feedbackId));
  }

  private Instant at(Instant given) {
    return given == null ? editing.now() : given.truncatedTo(ChronoUnit.MICROS);
  }

  /** Open unanswered questions grouped by similarity, most asked first. */
  public List<QuestionGroup> unanswered(int maxGroups) {
    List<QuestionGrouping.Asked> open =
        jdbc.read(
            tx ->
                tx.list(
                    "SELECT id, question, best_topic, confidence, asked_at FROM unanswered_question"
                        + " WHERE closed_at IS NULL ORDER BY asked_at DESC FETCH FIRST "
                        + WINDOW
                        + " ROWS ONLY",
                    Inbox::asked));
    return QuestionGrouping.group(open, Math.max(1, Math.min(maxGroups, 1000)));
  }

  /** Closes the questions without acting on them; returns how many were open. */
  public int dismiss(Collection<Long> questionIds, String actor) {
    String who = Actors.check(actor);
    return jdbc.transaction(tx -> close(tx, questionIds, who, "dismissed", AuditLog.DISMISS));
  }

  /**
   * Adds {@code question} as an example question of the topic, as a draft change (reviewed like any
   * other), and closes the questions it came from, in one transaction.
   *
   * @param expectedVersion the topic's version the editor was looking at
   * @throws uk.socguide.content.ValidationException when the question is already an example
   *     elsewhere, or the topic has other problems to fix first
   */
  public Item<Topic> addAsExample(
      Collection<Long> questionIds,
      String question,
      String topicId,
      long expectedVersion,
      String actor) {
    String who = Actors.check(actor);
    return jdbc.transaction(
            tx -> {
              Head head =
                  Items.head(tx, ItemRef.topic(topicId))
                      .orElseThrow(() -> new UnknownItemException("there is no topic " + topicId));
              if (head.rev().withdrawal()) {
                throw new WorkflowException(
                    "topic " + topicId + " is withdrawn; choose another topic");
              }
              Topic topic = (Topic) head.value();
              List<String> examples = new ArrayList<>(topic.examples());
              String key = Canonical.question(question);
              if (examples.stream().noneMatch(e -> Canonical.question(e).equals(key))) {
                examples.add(question.strip());
              }
              Topic changed =
                  new Topic(
                      topic.id(),
                      topic.title(),
                      topic.category(),
                      examples,
                      topic.related(),
                      topic.answers(),
                      topic.sources(),
                      topic.owner(),
                      topic.lastReviewed(),
                      topic.reviewBy(),
                      topic.status(),
                      topic.version());
              Head saved =
                  editing.save(
                      tx, changed, expectedVersion, who, "example question from the inbox");
              close(tx, questionIds, who, "added to topic " + topicId, AuditLog.ADD_EXAMPLE);
              return saved;
            })
        .toItem(Topic.class);
  }

  private int close(Tx tx, Collection<Long> ids, String who, String resolution, String action)
      throws SQLException {
    Instant now = editing.now();
    int closed = 0;
    List<String> texts = new ArrayList<>();
    for (Long id : ids) {
      texts.addAll(
          tx.list(
              "SELECT question FROM unanswered_question WHERE id = ? AND closed_at IS NULL",
              rs -> rs.getString(1),
              id));
      closed +=
          tx.update(
              "UPDATE unanswered_question SET closed_at = ?, closed_by = ?, resolution = ?"
                  + " WHERE id = ? AND closed_at IS NULL",
              now,
              who,
              resolution,
              id);
    }
    if (closed > 0) {
      Audit.append(
          tx,
          now,
          who,
          action,
          "inbox",
          ids.size() == 1 ? ids.iterator().next().toString() : ids.size() + " questions",
          Json.object("questions", texts),
          Json.object("resolution", resolution),
          "");
    }
    return closed;
  }

  /** Feedback given since {@code since}, per topic, the least helpful topics first. */
  public List<TopicFeedback> feedback(Instant since) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, List<TopicFeedback.ReasonCount>> reasons = new LinkedHashMap<>();
    jdbc.read(
        tx ->
            tx.list(
                "SELECT topic_id, helpful, reason, COUNT(*) AS n FROM feedback WHERE given_at >= ?"
                    + " GROUP BY topic_id, helpful, reason ORDER BY topic_id, n DESC",
                rs -> {
                  String topic = rs.getString("topic_id");
                  boolean helpful = rs.getBoolean("helpful");
                  int n = rs.getInt("n");
                  counts.computeIfAbsent(topic, k -> new int[2])[helpful ? 0 : 1] += n;
                  String reason = rs.getString("reason");
                  if (!helpful && reason != null) {
                    reasons
                        .computeIfAbsent(topic, k -> new ArrayList<>())
                        .add(new TopicFeedback.ReasonCount(reason, n));
                  }
                  return null;
                },
                since));
    return counts.entrySet().stream()
        .map(
            e -> {
              List<TopicFeedback.ReasonCount> rs =
                  new ArrayList<>(reasons.getOrDefault(e.getKey(), List.of()));
              rs.sort(Comparator.comparingInt(TopicFeedback.ReasonCount::count).reversed());
              return new TopicFeedback(e.getKey(), e.getValue()[0], e.getValue()[1], rs);
            })
        .sorted(
            Comparator.comparingInt(TopicFeedback::notHelpful)
                .reversed()
                .thenComparing(TopicFeedback::topicId))
        .toList();
  }

  /** The most recent feedback on one topic, newest first. */
  public List<FeedbackEntry> feedback(String topicId, int limit) {
    int n = Math.max(1, Math.min(limit, 1000));
    return jdbc.read(
        tx ->
            tx.list(
                "SELECT * FROM feedback WHERE topic_id = ? ORDER BY given_at DESC FETCH FIRST "
                    + n
                    + " ROWS ONLY",
                rs ->
                    new FeedbackEntry(
                        rs.getString("topic_id"),
                        rs.getBoolean("helpful"),
                        rs.getString("reason"),
                        rs.getString("channel"),
                        Tx.instant(rs, "given_at")),
                topicId));
  }

  private static QuestionGrouping.Asked asked(ResultSet rs) throws SQLException {
    return new QuestionGrouping.Asked(
        rs.getLong("id"),
        rs.getString("question"),
        rs.getString("best_topic"),
        rs.getDouble("confidence"),
        Tx.instant(rs, "asked_at"));
  }
}
