package uk.socguide.content;

import java.time.Instant;
import java.util.List;

/**
 * What the dialogue engine remembers about one conversation between turns. Never holds the text of
 * a user's message.
 *
 * @param lastTopic id of the topic last answered, or {@code null}
 * @param audience {@code COUNCILLOR} or {@code FRONTLINE}, or {@code null} when not chosen
 * @param jurisdiction a {@link Jurisdiction} name, or {@code null} when not named
 * @param pendingChoices topic ids offered in a "did you mean" question still awaiting an answer
 * @param awaitingFeedback the id of a "not helpful" verdict whose reason the reader may give next
 *     (see {@link InboxStore#addFeedbackReason}), or {@code null}
 */
public record ConversationRecord(
    String conversationId,
    String channel,
    String lastTopic,
    String audience,
    String jurisdiction,
    List<String> pendingChoices,
    Long awaitingFeedback,
    Instant updatedAt) {}
