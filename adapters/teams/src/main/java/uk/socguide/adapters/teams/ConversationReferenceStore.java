package uk.socguide.adapters.teams;

import java.util.List;
import java.util.Optional;

/**
 * Where the Teams adapter keeps conversation references for proactive messages. Only references
 * taken from authenticated activities are saved. Implementations are safe for concurrent use.
 */
public interface ConversationReferenceStore {

  /** Adds the reference, or replaces the one with the same key. */
  void save(ConversationRef reference);

  /** Forgets the reference, for example when the bot was removed from the conversation. */
  void remove(String key);

  Optional<ConversationRef> find(String key);

  /** Every stored reference, in no particular order. */
  List<ConversationRef> all();
}
