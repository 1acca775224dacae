package uk.socguide.core;

/**
 * The port between the channels and the dialogue engine. Adapters translate their platform's
 * messages into {@link InboundMessage}, call {@link #handle}, and render the {@link Reply}.
 */
@FunctionalInterface
public interface TurnHandler {

  /**
   * Runs one turn synchronously. Never throws for anything a user sends; safe to call from many
   * threads at once.
   */
  Reply handle(InboundMessage message);
}
