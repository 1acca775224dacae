package uk.socguide.app.admin.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import uk.socguide.app.admin.json.Jsons;

/**
 * Shows the activities the Teams adapter would send as Teams draws them: an Adaptive Card's text
 * blocks and buttons, or a Markdown message with its suggested actions. Teams' Markdown subset is
 * read here (backslash escapes, {@code **bold**}, {@code [text](url)} links, "- " bullets); the
 * page gets escaped text and only http(s) links.
 */
final class TeamsHtml {
  private TeamsHtml() {}

  static String toPage(String activityJson) {
    JsonNode activity;
    try {
      activity = Jsons.MAPPER.readTree(activityJson);
    } catch (JsonProcessingException e) {
      return "<p>(not a Teams activity)</p>";
    }
    StringBuilder out = new StringBuilder();
    for (JsonNode attachment : activity.path("attachments")) {
      JsonNode card = attachment.path("content");
      out.append("<div class=\"teams-card\">");
      elements(out, card.path("body"));
      out.append("</div>");
    }
    if (activity.hasNonNull("text")) {
      out.append("<div class=\"teams-card\">");
      markdown(out, activity.get("text").asText());
      out.append("</div>");
    }
    JsonNode suggested = activity.path("suggestedActions").path("actions");
    if (suggested.size() > 0) {
      out.append("<p>");
      for (JsonNode a : suggested) {
        button(out, a.path("title").asText());
      }
      out.append("</p>");
    }
    return out.toString();
  }

  private static void elements(StringBuilder out, JsonNode elements) {
    for (JsonNode e : elements) {
      switch (e.path("type").asText()) {
        case "TextBlock" -> {
          boolean heading = "Bolder".equals(e.path("weight").asText());
          boolean subtle = e.path("isSubtle").asBoolean(false);
          out.append(heading ? "<div><strong>" : subtle ? "<div class=\"fact\">" : "<div>");
          markdown(out, e.path("text").asText());
          out.append(heading ? "</strong></div>" : "</div>");
        }
        case "ActionSet" -> {
          out.append("<p>");
          for (JsonNode a : e.path("actions")) {
            button(out, a.path("title").asText());
          }
          out.append("</p>");
        }
        case "Container" -> elements(out, e.path("items"));
        default -> {
          // other elements are not written by the adapter
        }
      }
    }
  }

  private static void button(StringBuilder out, String title) {
    out.append("<span class=\"fake-button\">");
    SafeHtml.escape(out, title);
    out.append("</span>");
  }

  /** Teams Markdown: each line a paragraph line or a "- " bullet. */
  static void markdown(StringBuilder out, String text) {
    boolean inList = false;
    boolean firstLine = true;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("- ")) {
        if (!inList) {
          out.append("<ul>");
          inList = true;
        }
        out.append("<li>");
        inline(out, line.substring(2));
        out.append("</li>");
        continue;
      }
      if (inList) {
        out.append("</ul>");
        inList = false;
      } else if (!firstLine) {
        out.append("<br>");
      }
      inline(out, line);
      firstLine = false;
    }
    if (inList) {
      out.append("</ul>");
    }
  }

  private static void inline(StringBuilder out, String s) {
    boolean bold = false;
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        text.append(s.charAt(i + 1));
        i += 2;
      } else if (s.startsWith("**", i)) {
        SafeHtml.escape(out, text.toString());
        text.setLength(0);
        out.append(bold ? "</strong>" : "<strong>");
        bold = !bold;
        i += 2;
      } else if (c == '[') {
        int close = closing(s, i + 1, ']');
        if (close > 0 && close + 1 < s.length() && s.charAt(close + 1) == '(') {
          int end = s.indexOf(')', close + 2);
          if (end > 0) {
            SafeHtml.escape(out, text.toString());
            text.setLength(0);
            SafeHtml.link(out, s.substring(close + 2, end), unescape(s.substring(i + 1, close)));
            i = end + 1;
            continue;
          }
        }
        text.append(c);
        i++;
      } else {
        text.append(c);
        i++;
      }
    }
    SafeHtml.escape(out, text.toString());
    if (bold) {
      out.append("</strong>");
    }
  }

  /** The index of the unescaped {@code want} from {@code from}, or -1. */
  private static int closing(String s, int from, char want) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == want) {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\\' && i + 1 < s.length()) {
        i++;
      }
      out.append(s.charAt(i));
    }
    return out.toString();
  }
}
