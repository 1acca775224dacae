package uk.socguide.core;

import java.time.LocalDate;
import java.util.List;
import uk.socguide.core.markup.Markup;

/**
 * One message of a reply, rendered by each adapter in its own way.
 *
 * @param title a heading for card-style channels, or {@code null}
 * @param body the text in portable markup
 * @param suggestions quick replies, in order of preference
 * @param sources the sources the body's facts come from; empty for small talk
 * @param lastReviewed when the answer's content was last reviewed, or {@code null} when it is not
 *     an answer from the knowledge base
 * @param feedbackTopic the topic a helpful / not helpful verdict applies to, or {@code null} when
 *     no feedback is asked for
 */
public record ReplyMessage(
    String title,
    Markup body,
    List<Suggestion> suggestions,
    List<SourceRef> sources,
    LocalDate lastReviewed,
    String feedbackTopic) {

  public ReplyMessage {
    suggestions = List.copyOf(suggestions);
    sources = List.copyOf(sources);
  }

  /** A plain message with no title, suggestions, sources or feedback. */
  public static ReplyMessage of(Markup body) {
    return new ReplyMessage(null, body, List.of(), List.of(), null, null);
  }
}
