package uk.socguide.adapters.teams;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.socguide.core.markup.Block;
import uk.socguide.core.markup.Inline;
import uk.socguide.core.markup.Markup;

/**
 * Renders the core's portable markup as the Markdown subset Teams understands in Adaptive Card text
 * blocks and chat messages: bold, links and bullet lists. Every character of text that Markdown or
 * HTML could read as syntax is backslash-escaped, so text from content or users can neither format
 * nor link nor inject markup; only http(s) links built by the core become links.
 */
final class MarkdownText {
  /**
   * Characters that start emphasis, links, code, strike-through or HTML anywhere in a line. Others
   * (such as "." or ":") are left alone: some Teams clients show a backslash that escapes them.
   */
  private static final String SPECIAL = "\\`*_[]()<>&~|#";

  private static final Pattern LIST_MARKER = Pattern.compile("^(\\d{1,9})([.)])");

  private MarkdownText() {}

  /** One Markdown string for a block: a paragraph, or bullets one per line. */
  static String block(Block block) {
    if (block instanceof Block.Paragraph p) {
      return inlines(p.inlines());
    }
    StringBuilder s = new StringBuilder();
    for (List<Inline> item : ((Block.Bullets) block).items()) {
      if (s.length() > 0) {
        s.append('\n');
      }
      s.append("- ").append(inlines(item));
    }
    return s.toString();
  }

  /** The whole markup, blocks separated by blank lines. */
  static String render(Markup markup) {
    StringBuilder s = new StringBuilder();
    for (Block b : markup.blocks()) {
      if (s.length() > 0) {
        s.append("\n\n");
      }
      s.append(block(b));
    }
    return s.toString();
  }

  static String inlines(List<Inline> inlines) {
    StringBuilder s = new StringBuilder();
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Bold bold) {
        String text = escape(bold.text());
        if (!text.isBlank()) {
          s.append("**").append(text).append("**");
        }
      } else if (inline instanceof Inline.Link link) {
        s.append(link(link.text(), link.url()));
      } else {
        s.append(escape(inline.text()));
      }
    }
    return protectLineStart(s.toString());
  }

  /** Escaped text that is shown on a line of its own, such as a title. */
  static String line(String text) {
    return protectLineStart(escape(text));
  }

  /** Stops text at the start of a line from being read as a list item or a heading. */
  private static String protectLineStart(String line) {
    if (line.startsWith("-") || line.startsWith("+") || line.startsWith("=")) {
      return "\\" + line;
    }
    Matcher m = LIST_MARKER.matcher(line);
    if (m.find()) {
      return m.group(1) + "\\" + m.group(2) + line.substring(m.end());
    }
    return line;
  }

  /** A link, or only its escaped text when the address is not a plain http(s) URL. */
  static String link(String text, String url) {
    String label = escape(text == null || text.isBlank() ? url : text);
    if (!isSafeUrl(url)) {
      return label;
    }
    return "[" + label + "](" + url + ")";
  }

  static String escape(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\t') {
        s.append(' ');
      } else if (Character.isISOControl(c)) {
        continue;
      } else if (SPECIAL.indexOf(c) >= 0) {
        s.append('\\').append(c);
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /** An absolute http(s) URL with nothing in it that could end the Markdown link early. */
  static boolean isSafeUrl(String url) {
    if (url == null) {
      return false;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '"' || c == '\\'
          || c == '[' || c == ']' || c == '`' || c > '~') {
        return false;
      }
    }
    return true;
  }
}
