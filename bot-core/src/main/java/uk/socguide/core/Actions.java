package uk.socguide.core;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The values behind buttons. A suggestion's value is sent back as the next message's text; values
 * built here are understood exactly rather than classified, so a button always does what it says.
 * Adapters build their buttons' values only through this class.
 */
public final class Actions {
  static final String PREFIX = "#";
  private static final Pattern START_PAYLOAD = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private Actions() {}

  /** Open a topic directly (clarification choices, related topics, deep links). */
  public static String topic(String topicId) {
    return PREFIX + "topic:" + topicId;
  }

  /** A helpful / not helpful verdict on a topic's answer. */
  public static String feedback(String topicId, boolean helpful) {
    return PREFIX + "feedback:" + (helpful ? "yes" : "no") + ":" + topicId;
  }

  /** Switch the conversation's audience. */
  public static String audience(Audience audience) {
    return PREFIX + "audience:" + audience.name().toLowerCase(Locale.ROOT);
  }

  /** The menu of reporting routes by situation. */
  public static String reportMenu() {
    return PREFIX + "menu:report";
  }

  /** What the assistant can help with. */
  public static String help() {
    return PREFIX + "help";
  }

  /**
   * A deep-link payload that opens a topic, in the characters deep links allow (Telegram's {@code
   * /start PAYLOAD}: letters, digits, {@code _} and {@code -}, at most 64): the topic id with its
   * dots as underscores.
   */
  public static String startPayload(String topicId) {
    return topicId.replace('.', '_');
  }

  /** The value that opens the topic a deep-link payload names, or empty when it names none. */
  public static Optional<String> fromStartPayload(String payload) {
    if (payload == null || !START_PAYLOAD.matcher(payload).matches()) {
      return Optional.empty();
    }
    return Optional.of(topic(payload.replace('_', '.')));
  }
}
