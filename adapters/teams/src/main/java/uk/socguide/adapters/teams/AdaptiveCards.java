package uk.socguide.adapters.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.socguide.core.Actions;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.markup.Block;

/**
 * Builds the Adaptive Card (schema 1.5, the newest Teams renders) for one reply message: title,
 * text, sources as links with the last-reviewed date, related topics, and helpful / not helpful
 * buttons. All text goes through {@link MarkdownText}, so nothing in it is read as markup.
 */
final class AdaptiveCards {
  static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
  static final String VERSION = "1.5";
  static final int MAX_BUTTONS = 5;

  private static final DateTimeFormatter REVIEWED =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AdaptiveCards() {}

  static ObjectNode card(ReplyMessage message, String fallbackText) {
    ObjectNode card = NODES.objectNode();
    card.put("type", "AdaptiveCard");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("version", VERSION);
    card.put("fallbackText", fallbackText);
    ArrayNode body = card.putArray("body");

    if (message.title() != null && !message.title().isBlank()) {
      text(body, MarkdownText.line(message.title()))
          .put("size", "Medium")
          .put("weight", "Bolder")
          .put("style", "heading");
    }
    for (Block block : message.body().blocks()) {
      text(body, MarkdownText.block(block));
    }
    sources(body, message);
    suggestions(body, message);
    feedback(body, message.feedbackTopic());
    return card;
  }

  private static void sources(ArrayNode body, ReplyMessage message) {
    if (!message.sources().isEmpty()) {
      text(body, message.sources().size() == 1 ? "Source" : "Sources")
          .put("weight", "Bolder")
          .put("spacing", "Medium");
      StringBuilder list = new StringBuilder();
      for (SourceRef source : message.sources()) {
        if (list.length() > 0) {
          list.append('\n');
        }
        list.append("- ").append(sourceLine(source));
      }
      text(body, list.toString());
    }
    if (message.lastReviewed() != null) {
      text(body, "Last reviewed: " + REVIEWED.format(message.lastReviewed()))
          .put("isSubtle", true)
          .put("size", "Small");
    }
  }

  static String sourceLine(SourceRef source) {
    String title =
        source.title() == null || source.title().isBlank() ? source.url() : source.title();
    String line =
        source.url() == null || source.url().isBlank()
            ? MarkdownText.line(title)
            : MarkdownText.link(title, source.url());
    if (source.locator() != null && !source.locator().isBlank()) {
      line += ", " + MarkdownText.escape(source.locator());
    }
    return line;
  }

  private static void suggestions(ArrayNode body, ReplyMessage message) {
    List<Suggestion> suggestions = message.suggestions();
    if (suggestions.isEmpty()) {
      return;
    }
    if (!message.sources().isEmpty()) {
      text(body, "Related topics").put("weight", "Bolder").put("spacing", "Medium");
    }
    ArrayNode actions = actionSet(body);
    for (Suggestion s : suggestions.subList(0, Math.min(MAX_BUTTONS, suggestions.size()))) {
      ObjectNode action = actions.addObject();
      action.put("type", "Action.Submit");
      action.put("title", s.title());
      ObjectNode data = action.putObject("data");
      // messageBack shows the button's title as the user's message and sends the value as text.
      ObjectNode teams = data.putObject("msteams");
      teams.put("type", "messageBack");
      teams.put("displayText", s.title());
      teams.put("text", s.value());
      data.put(CardActions.DATA_KEY, s.value());
    }
  }

  private static void feedback(ArrayNode body, String topic) {
    if (topic == null || topic.isBlank()) {
      return;
    }
    text(body, "Was this helpful?").put("spacing", "Medium");
    ArrayNode actions = actionSet(body);
    feedbackButton(actions, "Helpful", Actions.feedback(topic, true));
    feedbackButton(actions, "Not helpful", Actions.feedback(topic, false));
  }

  /** Action.Execute (an invoke the bot answers in place), falling back to Action.Submit. */
  private static void feedbackButton(ArrayNode actions, String title, String value) {
    ObjectNode execute = actions.addObject();
    execute.put("type", "Action.Execute");
    execute.put("title", title);
    execute.put("verb", CardActions.FEEDBACK_VERB);
    execute.putObject("data").put(CardActions.DATA_KEY, value);
    ObjectNode submit = execute.putObject("fallback");
    submit.put("type", "Action.Submit");
    submit.put("title", title);
    submit.putObject("data").put(CardActions.DATA_KEY, value);
  }

  private static ArrayNode actionSet(ArrayNode body) {
    ObjectNode set = body.addObject();
    set.put("type", "ActionSet");
    return set.putArray("actions");
  }

  private static ObjectNode text(ArrayNode body, String markdown) {
    ObjectNode block = body.addObject();
    block.put("type", "TextBlock");
    block.put("text", markdown);
    block.put("wrap", true);
    return block;
  }
}
