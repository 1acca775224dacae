package uk.socguide.adapters.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import uk.socguide.core.markup.Block;
import uk.socguide.core.markup.Inline;
import uk.socguide.core.markup.Markup;

/**
 * Renders the portable markup as HTML that is safe to insert into a page: every piece of text is
 * escaped, the only tags are {@code p}, {@code ul}, {@code li}, {@code strong}, {@code br} and
 * {@code a}, and a link is made only for an absolute http or https address (anything else stays
 * text). Links open in a new tab with {@code rel="noopener noreferrer"}.
 */
public final class HtmlMarkup {

  private HtmlMarkup() {}

  public static String render(Markup markup) {
    StringBuilder html = new StringBuilder(256);
    for (Block block : markup.blocks()) {
      if (block instanceof Block.Paragraph p) {
        html.append("<p>");
        inlines(html, p.inlines());
        html.append("</p>");
      } else if (block instanceof Block.Bullets bullets) {
        html.append("<ul>");
        for (List<Inline> item : bullets.items()) {
          html.append("<li>");
          inlines(html, item);
          html.append("</li>");
        }
        html.append("</ul>");
      }
    }
    return html.toString();
  }

  private static void inlines(StringBuilder html, List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Bold bold) {
        html.append("<strong>");
        text(html, bold.text());
        html.append("</strong>");
      } else if (inline instanceof Inline.Link link && isWebAddress(link.url())) {
        html.append("<a href=\"");
        escape(html, link.url());
        html.append("\" rel=\"noopener noreferrer\" target=\"_blank\">");
        text(html, link.text());
        html.append("</a>");
      } else if (inline instanceof Inline.Link link) {
        text(html, link.text());
      } else {
        text(html, inline.text());
      }
    }
  }

  /** True for an absolute http or https address with a host; the only links rendered. */
  public static boolean isWebAddress(String url) {
    if (url == null || url.isEmpty()) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http")
              || scheme.toLowerCase(Locale.ROOT).equals("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void text(StringBuilder html, String text) {
    // line breaks inside a paragraph are kept, as text written with them reads better that way
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        html.append("<br>");
      }
      escape(html, lines[i]);
    }
  }

  /** Escapes text for an HTML element or a double- or single-quoted attribute. */
  public static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    escape(s, text);
    return s.toString();
  }

  static void escape(StringBuilder html, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        case '\u0000' -> html.append('\uFFFD');
        default -> html.append(c);
      }
    }
  }
}
