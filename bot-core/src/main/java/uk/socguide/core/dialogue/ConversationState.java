package uk.socguide.core.dialogue;

import java.util.List;
import uk.socguide.content.Jurisdiction;
import uk.socguide.core.Audience;

/**
 * What the engine remembers about a conversation between turns. Never the text of a message.
 *
 * @param lastTopic the topic last answered, or {@code null}
 * @param audience the audience the reader chose, or {@code null} to use the channel's
 * @param jurisdiction the nation the reader named, or {@code null}
 * @param pendingChoices topics offered by a "did you mean" question, in the order offered
 * @param awaitingFeedback the recorded "not helpful" verdict whose reason may follow, or {@code
 *     null}
 */
record ConversationState(
    String lastTopic,
    Audience audience,
    Jurisdiction jurisdiction,
    List<String> pendingChoices,
    Long awaitingFeedback) {

  static final ConversationState EMPTY = new ConversationState(null, null, null, List.of(), null);

  ConversationState {
    pendingChoices = List.copyOf(pendingChoices);
  }

  ConversationState withLastTopic(String topic) {
    return new ConversationState(topic, audience, jurisdiction, pendingChoices, awaitingFeedback);
  }

  ConversationState withAudience(Audience a) {
    return new ConversationState(lastTopic, a, jurisdiction, pendingChoices, awaitingFeedback);
  }

  ConversationState withJurisdiction(Jurisdiction j) {
    return new ConversationState(lastTopic, audience, j, pendingChoices, awaitingFeedback);
  }

  ConversationState withPendingChoices(List<String> choices) {
    return new ConversationState(lastTopic, audience, jurisdiction, choices, awaitingFeedback);
  }

  ConversationState awaitingFeedback(long feedbackId) {
    return new ConversationState(lastTopic, audience, jurisdiction, pendingChoices, feedbackId);
  }

  /** The same conversation with no question of ours left open. */
  ConversationState settled() {
    return new ConversationState(lastTopic, audience, jurisdiction, List.of(), null);
  }
}
