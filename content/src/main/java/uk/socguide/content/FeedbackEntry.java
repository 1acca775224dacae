package uk.socguide.content;

import java.time.Instant;

/**
 * A reader's verdict on an answer.
 *
 * @param reason optional free-text reason, already redacted by the caller; may be {@code null}
 */
public record FeedbackEntry(
    String topicId, boolean helpful, String reason, String channel, Instant givenAt) {}
