package uk.socguide.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Serialization;

/**
 * The data every SOC Guide card button carries, and how to read it back from an Action.Submit
 * message or an Action.Execute invoke. The value is always one built by the core's {@code Actions}
 * or a suggestion's value, sent back to the engine as the next message's text.
 */
final class CardActions {
  /** The key under which a button's value travels in the card's data object. */
  static final String DATA_KEY = "socguideAction";

  /** The Action.Execute verb for helpful / not helpful. */
  static final String FEEDBACK_VERB = "feedback";

  /** Longest value accepted back from a button; the engine limits messages to 2,000 chars. */
  private static final int MAX_VALUE = 2000;

  private CardActions() {}

  /** The value carried in a card's data object, or {@code null} when there is none. */
  static String valueFrom(Object data) {
    if (data == null) {
      return null;
    }
    JsonNode node = data instanceof JsonNode n ? n : Serialization.objectToTree(data);
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode value = node.get(DATA_KEY);
    if (value == null || !value.isTextual()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() || text.length() > MAX_VALUE ? null : text;
  }
}
