package uk.socguide.adapters.teams;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.TurnHandler;

/** Passes every turn to the engine and keeps what the adapter handed it. */
final class RecordingEngine implements TurnHandler {
  private final TurnHandler engine;
  private final List<InboundMessage> seen = new CopyOnWriteArrayList<>();

  RecordingEngine(TurnHandler engine) {
    this.engine = engine;
  }

  @Override
  public Reply handle(InboundMessage message) {
    seen.add(message);
    return engine.handle(message);
  }

  List<InboundMessage> seen() {
    return seen;
  }

  InboundMessage last() {
    if (seen.isEmpty()) {
      throw new AssertionError("the engine was not called");
    }
    return seen.get(seen.size() - 1);
  }

  void clear() {
    seen.clear();
  }
}
