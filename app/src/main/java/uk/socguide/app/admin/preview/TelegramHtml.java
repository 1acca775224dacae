package uk.socguide.app.admin.preview;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a Telegram message's HTML text in the workspace as Telegram shows it. Only the tags
 * Telegram's HTML mode has and the adapter writes ({@code <b>}, {@code <i>}, {@code <a href>}) are
 * kept; every other character is read as text (entities decoded) and escaped again, so whatever the
 * text holds, it cannot become markup in the page.
 */
final class TelegramHtml {
  private static final Pattern TAG =
      Pattern.compile("<(/?)(b|i|strong|em)>|<a href=\"([^\"]*)\">|</a>");

  private TelegramHtml() {}

  static String toPage(String telegram) {
    StringBuilder out = new StringBuilder(telegram.length() + 64);
    Matcher m = TAG.matcher(telegram);
    int at = 0;
    int openLinks = 0;
    int openBold = 0;
    while (m.find()) {
      text(out, telegram.substring(at, m.start()));
      if (m.group(2) != null) {
        boolean close = !m.group(1).isEmpty();
        if (close && openBold > 0) {
          out.append("</strong>");
          openBold--;
        } else if (!close) {
          out.append("<strong>");
          openBold++;
        }
      } else if (m.group(3) != null) {
        String url = decode(m.group(3));
        if (SafeHtml.webAddress(url)) {
          out.append("<a href=\"");
          SafeHtml.escape(out, url);
          out.append("\" rel=\"noopener noreferrer\">");
          openLinks++;
        }
      } else if (openLinks > 0) {
        out.append("</a>");
        openLinks--;
      }
      at = m.end();
    }
    text(out, telegram.substring(at));
    out.append("</a>".repeat(openLinks)).append("</strong>".repeat(openBold));
    return "<div class=\"telegram-msg\">" + out + "</div>";
  }

  private static void text(StringBuilder out, String raw) {
    String decoded = decode(raw);
    String[] lines = decoded.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append("<br>");
      }
      SafeHtml.escape(out, lines[i]);
    }
  }

  static String decode(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
