package uk.socguide.content;

import java.time.Instant;
import java.util.List;

/**
 * Unanswered questions that say much the same thing, grouped for editors.
 *
 * @param question the most often asked wording
 * @param count how many times questions in the group were asked
 * @param variants up to five distinct wordings, most frequent first
 * @param questionIds every question in the group (pass them to dismiss or add as an example)
 * @param bestTopic the topic most often found closest, or {@code null}
 * @param bestConfidence the highest confidence any of them reached
 */
public record QuestionGroup(
    String question,
    int count,
    List<String> variants,
    List<Long> questionIds,
    String bestTopic,
    double bestConfidence,
    Instant firstAsked,
    Instant lastAsked) {

  public QuestionGroup {
    variants = List.copyOf(variants);
    questionIds = List.copyOf(questionIds);
  }
}
