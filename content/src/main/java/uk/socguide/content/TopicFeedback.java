package uk.socguide.content;

import java.util.List;

/**
 * Readers' verdicts on one topic's answer.
 *
 * @param reasons the reasons given with "not helpful", most frequent first
 */
public record TopicFeedback(
    String topicId, int helpful, int notHelpful, List<ReasonCount> reasons) {

  public TopicFeedback {
    reasons = List.copyOf(reasons);
  }

  /** One reason and how many times it was given. */
  public record ReasonCount(String reason, int count) {}
}
