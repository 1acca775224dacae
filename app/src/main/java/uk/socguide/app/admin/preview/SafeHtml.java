package uk.socguide.app.admin.preview;

/** Escaping for HTML text and attribute values. */
final class SafeHtml {
  private SafeHtml() {}

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    escape(out, s);
    return out.toString();
  }

  static void escape(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  /** True for an absolute http(s) address without spaces or quotes, the only links shown. */
  static boolean webAddress(String url) {
    return url != null
        && (url.startsWith("https://") || url.startsWith("http://"))
        && url.length() > 8
        && url.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>');
  }

  static void link(StringBuilder out, String url, String text) {
    if (webAddress(url)) {
      out.append("<a href=\"");
      escape(out, url);
      out.append("\" rel=\"noopener noreferrer\">");
      escape(out, text);
      out.append("</a>");
    } else {
      escape(out, text);
    }
  }
}
