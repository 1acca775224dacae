package uk.socguide.core.dialogue;

import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.content.ConversationRecord;
import uk.socguide.content.ConversationStore;
import uk.socguide.content.Jurisdiction;
import uk.socguide.core.Audience;
import uk.socguide.core.UserIds;

/**
 * Loads and saves conversation state. The store's key is a keyed hash of the channel and the
 * conversation id, because a channel's conversation id can be a user's own id (a Telegram private
 * chat is the user's id). A store that fails is logged and the conversation carries on without
 * memory: an answer matters more than context.
 */
final class ConversationStates {
  private static final Logger LOG = LoggerFactory.getLogger(ConversationStates.class);
  private final ConversationStore store;
  private final UserIds keys;

  ConversationStates(ConversationStore store, UserIds keys) {
    this.store = store;
    this.keys = keys;
  }

  String key(String channel, String conversationId) {
    return keys.hash(channel, conversationId);
  }

  ConversationState load(String key, Instant now) {
    try {
      return store.find(key, now).map(ConversationStates::decode).orElse(ConversationState.EMPTY);
    } catch (RuntimeException e) {
      LOG.warn("conversation state unavailable, carrying on without it: {}", e.toString());
      return ConversationState.EMPTY;
    }
  }

  void save(String key, String channel, ConversationState state, Instant now) {
    try {
      store.save(encode(key, channel, state, now));
    } catch (RuntimeException e) {
      LOG.warn("conversation state not saved: {}", e.toString());
    }
  }

  static ConversationRecord encode(String key, String channel, ConversationState s, Instant now) {
    return new ConversationRecord(
        key,
        channel,
        s.lastTopic(),
        s.audience() == null ? null : s.audience().name(),
        s.jurisdiction() == null ? null : s.jurisdiction().name(),
        s.pendingChoices(),
        s.awaitingFeedback(),
        now);
  }

  static ConversationState decode(ConversationRecord r) {
    return new ConversationState(
        r.lastTopic(),
        parse(Audience.class, r.audience()),
        parse(Jurisdiction.class, r.jurisdiction()),
        r.pendingChoices() == null ? List.of() : r.pendingChoices(),
        r.awaitingFeedback());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    if (name == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null; // written by a newer version; forget it rather than fail the turn
    }
  }
}
