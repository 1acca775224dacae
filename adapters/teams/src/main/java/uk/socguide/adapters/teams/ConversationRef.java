package uk.socguide.adapters.teams;

import java.time.Instant;

/**
 * What it takes to message a Teams conversation later, without the user: no user id, no name, no
 * message text. Channel conversations are kept per channel, not per thread.
 *
 * @param key the stable pseudonymous key callers use ({@link TeamsAdapter#sendProactive})
 * @param serviceUrl the Bot Connector endpoint that vouched for the conversation
 * @param conversationType personal, groupChat or channel
 * @param botId the bot's own id in the conversation
 * @param updated when an authenticated activity last confirmed the reference
 */
public record ConversationRef(
    String key,
    String serviceUrl,
    String channelId,
    String conversationId,
    String conversationType,
    String tenantId,
    String botId,
    Instant updated) {

  /** The same reference, apart from when it was last confirmed. */
  boolean sameAddress(ConversationRef other) {
    return other != null
        && key.equals(other.key)
        && serviceUrl.equals(other.serviceUrl)
        && conversationId.equals(other.conversationId)
        && java.util.Objects.equals(tenantId, other.tenantId)
        && java.util.Objects.equals(botId, other.botId);
  }
}
