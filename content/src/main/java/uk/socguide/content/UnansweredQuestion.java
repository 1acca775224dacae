package uk.socguide.content;

import java.time.Instant;

/**
 * A question the assistant could not answer, or answered with low confidence, kept for editors.
 *
 * @param redactedText the question with personal data already removed by the caller
 * @param bestTopic the closest topic, or {@code null}
 * @param confidence the closest topic's score
 */
public record UnansweredQuestion(
    String redactedText, String channel, String bestTopic, double confidence, Instant askedAt) {}
