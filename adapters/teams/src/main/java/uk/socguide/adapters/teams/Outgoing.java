package uk.socguide.adapters.teams;

import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import java.util.List;

/**
 * Messages for one conversation, sent in order through one connector client.
 *
 * @param conversationId the Teams conversation id (logged when a message fails; no content is)
 * @param replyToId the activity to thread under, or {@code null} to post to the conversation
 * @param typing whether to show the typing indicator first (best effort, never retried)
 */
record Outgoing(
    ConnectorClient client,
    String serviceUrl,
    String conversationId,
    String replyToId,
    boolean typing,
    List<Activity> messages) {

  Outgoing {
    messages = List.copyOf(messages);
  }
}
