package uk.socguide.adapters.telegram;

import java.util.ArrayList;
import java.util.List;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.TurnHandler;

/** Passes every turn to the engine and remembers what the engine was asked. */
final class RecordingTurns implements TurnHandler {
  private final TurnHandler engine;
  private final List<InboundMessage> seen = new ArrayList<>();

  RecordingTurns(TurnHandler engine) {
    this.engine = engine;
  }

  @Override
  public Reply handle(InboundMessage message) {
    synchronized (seen) {
      seen.add(message);
    }
    return engine.handle(message);
  }

  List<InboundMessage> seen() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  List<InboundMessage> inConversation(String conversationId) {
    return seen().stream().filter(m -> m.conversationId().equals(conversationId)).toList();
  }
}
