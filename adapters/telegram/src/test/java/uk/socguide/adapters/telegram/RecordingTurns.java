package uk.socguide.adapters.telegram;

import java.util.ArrayList;
import java.util.List;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.TurnHandler;

/** Passes every turn to the engine and remembers what it was asked and what it answered. */
final class RecordingTurns implements TurnHandler {

  /** One turn: what reached the engine and what it replied. */
  record Turn(InboundMessage message, Reply reply) {}

  private final TurnHandler engine;
  private final List<Turn> turns = new ArrayList<>();

  RecordingTurns(TurnHandler engine) {
    this.engine = engine;
  }

  @Override
  public Reply handle(InboundMessage message) {
    Reply reply = engine.handle(message);
    synchronized (turns) {
      turns.add(new Turn(message, reply));
      turns.notifyAll();
    }
    return reply;
  }

  List<InboundMessage> seen() {
    synchronized (turns) {
      return turns.stream().map(Turn::message).toList();
    }
  }

  List<InboundMessage> inConversation(String conversationId) {
    return seen().stream().filter(m -> m.conversationId().equals(conversationId)).toList();
  }

  /** Waits for the {@code n}th turn (counting from 1) in a conversation. */
  Turn awaitTurn(String conversationId, int n) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    synchronized (turns) {
      while (true) {
        List<Turn> in =
            turns.stream()
                .filter(t -> t.message().conversationId().equals(conversationId))
                .toList();
        if (in.size() >= n) {
          return in.get(n - 1);
        }
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          throw new AssertionError("no turn " + n + " in the conversation");
        }
        turns.wait(left);
      }
    }
  }
}
