package uk.socguide.adapters.telegram;

import java.util.Locale;

/** Escaping for Telegram's HTML parse mode, which knows only &lt; &gt; &amp; and &quot;. */
final class Html {

  private Html() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String entity = entity(c);
      if (entity != null) {
        out.append(entity);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** How long {@code c} becomes once escaped. */
  static int escapedLength(char c) {
    String entity = entity(c);
    return entity == null ? 1 : entity.length();
  }

  /** A link if the address is http or https, otherwise the text alone. */
  static boolean isWebAddress(String url) {
    if (url == null) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("https://") || lower.startsWith("http://"))
        && url.length() > lower.indexOf("//") + 2
        && url.chars().noneMatch(ch -> ch <= ' ');
  }

  private static String entity(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      default -> null;
    };
  }
}
