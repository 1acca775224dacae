package uk.socguide.adapters.telegram;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps between topic ids ({@code report.fraud}: lower case, {@code [a-z0-9.-]}) and the payload of
 * a Telegram deep link ({@code t.me/YourBot?start=report_fraud}: at most 64 of {@code
 * [A-Za-z0-9_-]}). Dots become underscores and back; since topic ids never contain an underscore,
 * the mapping is exact both ways, and anything else in a payload is refused rather than guessed.
 */
public final class DeepLinks {

  private static final Pattern PAYLOAD = Pattern.compile("[a-z0-9_-]{1,64}");
  private static final Pattern TOPIC_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

  private DeepLinks() {}

  /** The topic a deep link's payload opens, or empty when the payload is not a topic's. */
  public static Optional<String> topicId(String payload) {
    if (payload == null || !PAYLOAD.matcher(payload).matches()) {
      return Optional.empty();
    }
    String topic = payload.replace('_', '.');
    return TOPIC_ID.matcher(topic).matches() ? Optional.of(topic) : Optional.empty();
  }

  /** The payload for a topic's deep link. */
  public static String payload(String topicId) {
    if (topicId == null || !TOPIC_ID.matcher(topicId).matches()) {
      throw new IllegalArgumentException("not a topic id that fits a deep link: " + topicId);
    }
    return topicId.replace('.', '_');
  }

  /** The link that opens a topic in a chat with the bot, e.g. for a poster or an intranet page. */
  public static String link(String botUsername, String topicId) {
    return "https://t.me/" + botUsername + "?start=" + payload(topicId);
  }
}
