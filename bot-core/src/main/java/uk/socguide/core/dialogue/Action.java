package uk.socguide.core.dialogue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.socguide.core.Actions;
import uk.socguide.core.Audience;

/** A button's value as built by {@link Actions}, understood exactly rather than classified. */
sealed interface Action {
  Pattern TOPIC_ID = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");
  Pattern VALUE =
      Pattern.compile(
          "#(?:topic:(?<topic>[^:\\s]+)|feedback:(?<verdict>yes|no):(?<rated>[^:\\s]+)"
              + "|audience:(?<audience>councillor|frontline)|(?<menu>menu:report)|(?<help>help))");

  record OpenTopic(String topicId) implements Action {}

  record Feedback(String topicId, boolean helpful) implements Action {}

  record ChooseAudience(Audience audience) implements Action {}

  record ReportMenu() implements Action {}

  record Help() implements Action {}

  /** The action a message's text is the value of, or empty when it is ordinary text. */
  static Optional<Action> parse(String text) {
    if (text.isEmpty() || text.charAt(0) != '#') {
      return Optional.empty();
    }
    Matcher m = VALUE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group("topic") != null) {
      return validId(m.group("topic")).map(OpenTopic::new);
    }
    if (m.group("verdict") != null) {
      boolean helpful = m.group("verdict").equals("yes");
      return validId(m.group("rated")).map(id -> new Feedback(id, helpful));
    }
    if (m.group("audience") != null) {
      return Optional.of(
          new ChooseAudience(
              m.group("audience").equals("councillor") ? Audience.COUNCILLOR : Audience.FRONTLINE));
    }
    return Optional.of(m.group("menu") != null ? new ReportMenu() : new Help());
  }

  private static Optional<String> validId(String id) {
    return TOPIC_ID.matcher(id).matches() ? Optional.of(id) : Optional.empty();
  }
}
