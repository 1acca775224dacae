package uk.socguide.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code {route:ID}} and {@code {route:ID.FIELD}} in answer markup, so that a number is
 * held once, in the route, and changed everywhere at once.
 */
public final class RouteReferences {
  static final Pattern REFERENCE =
      Pattern.compile(
          "\\{route:([a-z0-9][a-z0-9.-]*?)(?:\\.(name|phone|textphone|sms|web|hours))?}");

  private RouteReferences() {}

  /**
   * Replaces each reference; an unknown route is left as written (validation reports it before
   * anything is published).
   */
  public static String expand(String markup, Map<String, ReportingRoute> routes) {
    Matcher m = REFERENCE.matcher(markup);
    StringBuilder out = new StringBuilder(markup.length() + 64);
    while (m.find()) {
      ReportingRoute route = routes.get(m.group(1));
      String replacement = route == null ? m.group() : field(route, m.group(2));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String field(ReportingRoute r, String field) {
    if (field == null) {
      return summary(r);
    }
    return switch (field) {
      case "name" -> r.name();
      case "phone" -> r.phone();
      case "textphone" -> r.textphone();
      case "sms" -> r.sms();
      case "web" -> r.web();
      case "hours" -> r.hours();
      default -> throw new IllegalArgumentException(field);
    };
  }

  /** The route's name in bold followed by each contact line it offers, on one line. */
  static String summary(ReportingRoute r) {
    StringBuilder s = new StringBuilder("**").append(r.name()).append("**");
    String sep = ": ";
    if (!r.phone().isEmpty()) {
      s.append(sep).append("call ").append(r.phone());
      sep = "; ";
    }
    if (!r.textphone().isEmpty()) {
      s.append(sep).append("textphone ").append(r.textphone());
      sep = "; ";
    }
    if (!r.sms().isEmpty()) {
      s.append(sep).append("text ").append(r.sms());
      sep = "; ";
    }
    if (!r.web().isEmpty()) {
      s.append(sep)
          .append("[")
          .append(r.web().replaceFirst("^https?://", ""))
          .append("](")
          .append(r.web())
          .append(")");
      sep = "; ";
    }
    if (!r.hours().isEmpty()) {
      s.append(" (").append(r.hours()).append(")");
    }
    return s.toString();
  }
}
