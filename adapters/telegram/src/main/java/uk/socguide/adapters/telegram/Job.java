package uk.socguide.adapters.telegram;

import uk.socguide.core.InboundMessage;

/**
 * Work for one update, decided when it arrives and done later on its chat's lane.
 *
 * @param target where the reply goes
 * @param userId the sender's raw Telegram id; only hashed before it reaches the core, never logged
 * @param request what to do
 */
record Job(Target target, long userId, Request request) {

  /**
   * Where a reply goes.
   *
   * @param threadId the forum topic to answer in, or {@code null}
   * @param replyTo the message to answer (in groups, so the reply is clearly to it), or {@code
   *     null}
   */
  record Target(long chatId, boolean group, Integer threadId, Integer replyTo) {}

  sealed interface Request {}

  /** Run a turn through the engine. */
  record Ask(String text, InboundMessage.Kind kind) implements Request {}

  /** Offer the choice of councillor or frontline wording. */
  record RoleMenu() implements Request {}

  /** The sender is not on the allow-list. */
  record Refuse(boolean privateChat) implements Request {}
}
