package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Telegram's HTML parse mode accepts from this adapter, checked strictly: the only tags are
 * {@code <b>} and {@code <a href="...">} with their closing tags, properly nested; every {@code <},
 * {@code >} and {@code &} outside them is one of the four entities Telegram knows. Anything else,
 * such as a {@code <script>} or an {@code <i>} that came from content or a user, fails the check
 * even when it happens to be balanced.
 */
final class TelegramHtml {

  private static final Pattern OPEN_B = Pattern.compile("<b>");
  private static final Pattern OPEN_A = Pattern.compile("<a href=\"([^\"<>]*)\">");
  private static final Pattern CLOSE = Pattern.compile("</(b|a)>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot);");
  private static final Pattern HREF = Pattern.compile("<a href=\"([^\"]*)\">");

  private TelegramHtml() {}

  static void assertWellFormed(String html) {
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        Matcher a = OPEN_A.matcher(html).region(i, html.length());
        Matcher b = OPEN_B.matcher(html).region(i, html.length());
        Matcher close = CLOSE.matcher(html).region(i, html.length());
        if (b.lookingAt()) {
          open.push("b");
          i = b.end();
        } else if (a.lookingAt()) {
          assertEntitiesOnly(a.group(1), html);
          assertThat(open).as("a link inside a link in %s", html).doesNotContain("a");
          open.push("a");
          i = a.end();
        } else if (close.lookingAt()) {
          assertThat(open).as("</%s> with nothing open in %s", close.group(1), html).isNotEmpty();
          assertThat(open.pop()).as("tags crossed in %s", html).isEqualTo(close.group(1));
          i = close.end();
        } else {
          fail("a tag Telegram would not accept from the adapter at %d in %s", i, html);
        }
      } else if (c == '&') {
        Matcher e = ENTITY.matcher(html).region(i, html.length());
        if (!e.lookingAt()) {
          fail("a bare & at %d in %s", i, html);
        }
        i = e.end();
      } else if (c == '>') {
        fail("a bare > at %d in %s", i, html);
      } else {
        i++;
      }
    }
    assertThat(open).as("tags left open in %s", html).isEmpty();
  }

  /** The links' addresses, unescaped, in order. */
  static List<String> links(String html) {
    List<String> links = new ArrayList<>();
    Matcher m = HREF.matcher(html);
    while (m.find()) {
      links.add(unescape(m.group(1)));
    }
    return links;
  }

  /** How many times a tag is opened. */
  static long opened(String html, String tag) {
    return Pattern.compile("<" + tag + "[ >]").matcher(html).results().count();
  }

  private static void assertEntitiesOnly(String value, String html) {
    String rest = ENTITY.matcher(value).replaceAll("");
    assertThat(rest).as("an attribute in %s", html).doesNotContain("&", "<", ">", "\"");
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
