package uk.socguide.core;

import java.util.List;

/**
 * Everything the engine says in answer to one message.
 *
 * @param messages one or more messages, in the order they are to be shown (safety guidance first)
 * @param outcome what kind of turn this was
 * @param intent the topic answered, or {@code null} when no topic was answered
 * @param confidence the top intent's score, 0 when there was none
 * @param entities concepts recognised in the message
 */
public record Reply(
    List<ReplyMessage> messages,
    Outcome outcome,
    String intent,
    double confidence,
    List<EntityRef> entities) {

  public Reply {
    messages = List.copyOf(messages);
    entities = List.copyOf(entities);
  }

  /** True exactly when no topic was answered because it was out of scope or below threshold. */
  public boolean fallback() {
    return outcome == Outcome.FALLBACK;
  }

  /** The kinds of turn, counted separately in the metrics. */
  public enum Outcome {
    ANSWER,
    SAFETY,
    CLARIFICATION,
    FALLBACK,
    SMALL_TALK,
    FEEDBACK,
    AUDIENCE_SWITCH,
    PERSONAL_DATA,
    REJECTED_INPUT,
    WELCOME,
    /**
     * Something failed on the assistant's side; the reply apologises and repeats the 999 advice.
     */
    ERROR
  }
}
