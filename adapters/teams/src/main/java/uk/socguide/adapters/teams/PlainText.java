package uk.socguide.adapters.teams;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;

/** A reply message as plain text, for clients that cannot show cards and for notifications. */
final class PlainText {
  private static final DateTimeFormatter REVIEWED =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private PlainText() {}

  static String of(ReplyMessage message) {
    StringBuilder s = new StringBuilder();
    if (message.title() != null && !message.title().isBlank()) {
      s.append(message.title()).append("\n\n");
    }
    s.append(message.body().plainText());
    if (!message.sources().isEmpty()) {
      s.append("\n\nSources:");
      for (SourceRef source : message.sources()) {
        s.append("\n- ").append(source.title() == null ? "" : source.title());
        if (source.locator() != null && !source.locator().isBlank()) {
          s.append(", ").append(source.locator());
        }
        if (source.url() != null && !source.url().isBlank()) {
          s.append(" (").append(source.url()).append(')');
        }
      }
    }
    if (message.lastReviewed() != null) {
      s.append("\n\nLast reviewed: ").append(REVIEWED.format(message.lastReviewed()));
    }
    return s.toString().strip();
  }
}
