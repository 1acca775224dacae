package uk.socguide.core.dialogue;

import uk.socguide.core.Reply;

/**
 * Told about every turn, so the app can count them (turns, fallbacks, clarifications, safety
 * interrupts, latency per channel). Implementations must be fast and must not throw.
 */
public interface TurnObserver {

  /** Ignores everything. */
  TurnObserver NONE = (channel, outcome, nanos) -> {};

  /**
   * A turn finished.
   *
   * @param channel the channel the message came from
   * @param latencyNanos time spent in the engine, from receiving the message to the reply
   */
  void turnHandled(String channel, Reply.Outcome outcome, long latencyNanos);

  /** An adapter could not deliver a reply (after its own retries). */
  default void deliveryFailed(String channel) {}
}
