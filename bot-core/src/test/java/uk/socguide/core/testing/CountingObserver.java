package uk.socguide.core.testing;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import uk.socguide.core.Reply;
import uk.socguide.core.dialogue.TurnObserver;

/** Remembers every turn the engine reports, for tests of what the app's metrics will count. */
public final class CountingObserver implements TurnObserver {

  /** One reported turn. */
  public record Turn(String channel, Reply.Outcome outcome, long latencyNanos) {}

  // a queue, not a copy-on-write list: a benchmark reports hundreds of thousands of turns
  private final ConcurrentLinkedQueue<Turn> turns = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> failedDeliveries = new ConcurrentLinkedQueue<>();

  @Override
  public void turnHandled(String channel, Reply.Outcome outcome, long latencyNanos) {
    turns.add(new Turn(channel, outcome, latencyNanos));
  }

  @Override
  public void deliveryFailed(String channel) {
    failedDeliveries.add(channel);
  }

  public List<Turn> turns() {
    return List.copyOf(turns);
  }

  public long count(String channel, Reply.Outcome outcome) {
    return turns.stream()
        .filter(t -> t.channel().equals(channel) && t.outcome() == outcome)
        .count();
  }

  public List<String> failedDeliveries() {
    return List.copyOf(failedDeliveries);
  }
}
