package uk.socguide.content;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Conversation state kept in the database so a restart keeps context. Thread-safe. */
public interface ConversationStore {

  /** Idle conversations are forgotten after this long. */
  Duration IDLE_EXPIRY = Duration.ofMinutes(30);

  /**
   * The conversation's state, or empty when unknown or idle for longer than {@link #IDLE_EXPIRY}.
   */
  Optional<ConversationRecord> find(String conversationId, Instant now);

  /** Inserts or replaces the conversation's state. */
  void save(ConversationRecord record);

  /** Deletes state idle since before {@code cutoff}; returns how many were deleted. */
  int purgeIdleBefore(Instant cutoff);
}
