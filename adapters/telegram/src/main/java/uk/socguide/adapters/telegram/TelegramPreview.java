package uk.socguide.adapters.telegram;

import java.util.List;
import uk.socguide.core.ReplyMessage;

/**
 * How a reply message looks in Telegram, for the editors' preview in the workspace. Uses the very
 * code that renders replies for sending, so the preview cannot drift from what staff see.
 */
public final class TelegramPreview {

  private static final HtmlRenderer RENDERER =
      new HtmlRenderer(new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT));

  private TelegramPreview() {}

  /**
   * The texts sent for the message, in order, one per Telegram message: Telegram HTML (only {@code
   * <b>} and {@code <a href>} tags; everything else escaped), split at 4,096 characters. Empty when
   * the message has no text.
   */
  public static List<String> messages(ReplyMessage message) {
    return RENDERER.render(message);
  }

  /**
   * The labels of the inline buttons under the last of those messages, in reading order: related
   * topics and suggestions, then Helpful and Not helpful when feedback is asked for.
   */
  public static List<String> buttons(ReplyMessage message) {
    return Keyboards.labels(message);
  }
}
