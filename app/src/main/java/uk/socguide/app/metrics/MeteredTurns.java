package uk.socguide.app.metrics;

import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.TurnHandler;

/**
 * Records every turn that passes through it in {@link TurnMetrics}: used in front of a turn handler
 * that does not report to a turn observer itself.
 */
public final class MeteredTurns implements TurnHandler {
  private final TurnHandler engine;
  private final TurnMetrics metrics;

  public MeteredTurns(TurnHandler engine, TurnMetrics metrics) {
    this.engine = engine;
    this.metrics = metrics;
  }

  @Override
  public Reply handle(InboundMessage message) {
    long start = System.nanoTime();
    Reply reply;
    try {
      reply = engine.handle(message);
    } catch (RuntimeException | Error e) {
      metrics.turnFailed(message.channel());
      throw e;
    }
    metrics.turnHandled(message.channel(), reply.outcome(), System.nanoTime() - start);
    return reply;
  }
}
