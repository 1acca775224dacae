package uk.socguide.app.admin.preview;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.socguide.adapters.web.HtmlMarkup;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;

/**
 * A reply as the browser chat at {@code /} lays it out: the title, the body through the chat's own
 * markup renderer, sources as links with the last-reviewed date, suggestions and the feedback
 * question. Buttons are drawn, not working. Safe HTML: all text is escaped.
 */
final class BrowserHtml {
  private static final DateTimeFormatter REVIEWED =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private BrowserHtml() {}

  static String of(Reply reply) {
    StringBuilder out = new StringBuilder();
    for (ReplyMessage m : reply.messages()) {
      message(out, m);
    }
    return out.toString();
  }

  private static void message(StringBuilder out, ReplyMessage m) {
    out.append("<div class=\"chat-message\">");
    if (m.title() != null && !m.title().isBlank()) {
      out.append("<p><strong>");
      SafeHtml.escape(out, m.title());
      out.append("</strong></p>");
    }
    out.append(HtmlMarkup.render(m.body()));
    if (!m.sources().isEmpty()) {
      out.append("<p class=\"sources\"><strong>")
          .append(m.sources().size() > 1 ? "Sources" : "Source");
      out.append("</strong></p><ul class=\"sources\">");
      for (SourceRef s : m.sources()) {
        out.append("<li>");
        SafeHtml.link(out, s.url(), s.title());
        if (s.locator() != null && !s.locator().isBlank()) {
          out.append(", ");
          SafeHtml.escape(out, s.locator());
        }
        out.append("</li>");
      }
      out.append("</ul>");
      if (m.lastReviewed() != null) {
        out.append("<p class=\"muted\">Last reviewed ")
            .append(REVIEWED.format(m.lastReviewed()))
            .append("</p>");
      }
    }
    if (!m.suggestions().isEmpty()) {
      out.append("<p>");
      for (Suggestion s : m.suggestions()) {
        out.append("<span class=\"fake-button\">");
        SafeHtml.escape(out, s.title());
        out.append("</span>");
      }
      out.append("</p>");
    }
    if (m.feedbackTopic() != null) {
      out.append("<p>Was this helpful? <span class=\"fake-button\">Helpful</span>")
          .append("<span class=\"fake-button\">Not helpful</span></p>");
    }
    out.append("</div>");
  }
}
