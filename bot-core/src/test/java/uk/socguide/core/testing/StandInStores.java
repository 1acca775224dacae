package uk.socguide.core.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.socguide.content.ConversationRecord;
import uk.socguide.content.ConversationStore;
import uk.socguide.content.FeedbackEntry;
import uk.socguide.content.InboxStore;
import uk.socguide.content.UnansweredQuestion;

/**
 * TEMPORARY: in-memory stores used only until the content module's JDBC stores are on main. To be
 * deleted then; no finished test may rely on them.
 */
final class StandInStores implements ConversationStore, InboxStore {
  final Map<String, ConversationRecord> conversations = new ConcurrentHashMap<>();
  final List<UnansweredQuestion> unanswered = new CopyOnWriteArrayList<>();
  final List<FeedbackEntry> feedback = new CopyOnWriteArrayList<>();

  @Override
  public Optional<ConversationRecord> find(String conversationId, Instant now) {
    return Optional.ofNullable(conversations.get(conversationId))
        .filter(r -> !r.updatedAt().isBefore(now.minus(IDLE_EXPIRY)));
  }

  @Override
  public void save(ConversationRecord record) {
    conversations.put(record.conversationId(), record);
  }

  @Override
  public int purgeIdleBefore(Instant cutoff) {
    int before = conversations.size();
    conversations.values().removeIf(r -> r.updatedAt().isBefore(cutoff));
    return before - conversations.size();
  }

  @Override
  public void recordUnanswered(UnansweredQuestion question) {
    unanswered.add(question);
  }

  @Override
  public void recordFeedback(FeedbackEntry entry) {
    feedback.add(entry);
  }
}
