package uk.socguide.adapters.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import uk.socguide.core.Actions;
import uk.socguide.core.Audience;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.Suggestion;

/** Inline keyboards: a reply's suggestions one per row, then Helpful / Not helpful side by side. */
final class Keyboards {

  static final String HELPFUL = "👍 Helpful";
  static final String NOT_HELPFUL = "👎 Not helpful";
  static final String COUNCILLOR = "Councillor";
  static final String FRONTLINE = "Frontline staff";
  private static final int MAX_SUGGESTIONS = 8;
  private static final int MAX_LABEL = 60;

  private final CallbackStore callbacks;

  Keyboards(CallbackStore callbacks) {
    this.callbacks = callbacks;
  }

  /** The keyboard for a reply message, or {@code null} when it has no buttons. */
  InlineKeyboardMarkup forReply(long chatId, ReplyMessage message) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    for (List<Suggestion> row : rows(message)) {
      InlineKeyboardRow buttons = new InlineKeyboardRow();
      row.forEach(s -> buttons.add(button(chatId, s)));
      rows.add(buttons);
    }
    return rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  /** The buttons' labels, row by row in reading order, as {@link #forReply} shows them. */
  static List<String> labels(ReplyMessage message) {
    List<String> labels = new ArrayList<>();
    rows(message).forEach(row -> row.forEach(s -> labels.add(label(s))));
    return labels;
  }

  private static List<List<Suggestion>> rows(ReplyMessage message) {
    List<List<Suggestion>> rows = new ArrayList<>();
    message.suggestions().stream().limit(MAX_SUGGESTIONS).forEach(s -> rows.add(List.of(s)));
    if (message.feedbackTopic() != null) {
      String topic = message.feedbackTopic();
      rows.add(
          List.of(
              new Suggestion(HELPFUL, Actions.feedback(topic, true)),
              new Suggestion(NOT_HELPFUL, Actions.feedback(topic, false))));
    }
    return rows;
  }

  /** The choice offered by /role. */
  InlineKeyboardMarkup roles(long chatId) {
    return InlineKeyboardMarkup.builder()
        .keyboardRow(
            new InlineKeyboardRow(
                button(chatId, new Suggestion(COUNCILLOR, Actions.audience(Audience.COUNCILLOR))),
                button(chatId, new Suggestion(FRONTLINE, Actions.audience(Audience.FRONTLINE)))))
        .build();
  }

  private InlineKeyboardButton button(long chatId, Suggestion s) {
    return InlineKeyboardButton.builder()
        .text(label(s))
        .callbackData(callbacks.put(chatId, s.value()))
        .build();
  }

  private static String label(Suggestion s) {
    String label = s.title() == null || s.title().isBlank() ? s.value() : s.title().strip();
    if (label.codePointCount(0, label.length()) > MAX_LABEL) {
      label = label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)).stripTrailing() + "…";
    }
    return label;
  }
}
