package uk.socguide.content.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.RouteReferences;

/** What validation needs to know about answer markup: its links, route references and length. */
final class Markup {
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");
  private static final Pattern ANY_ROUTE = Pattern.compile("\\{route:([^}]*)}");
  private static final Pattern ROUTE_BODY =
      Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)(?:\\.(name|phone|textphone|sms|web|hours))?");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

  private Markup() {}

  /** The address of every {@code [text](address)} link. */
  static List<String> links(String markup) {
    List<String> urls = new ArrayList<>();
    Matcher m = LINK.matcher(markup);
    while (m.find()) {
      urls.add(m.group(2).strip());
    }
    return urls;
  }

  /** A route reference as written, and the route id it names ({@code null} when malformed). */
  record RouteRef(String written, String routeId) {}

  static List<RouteRef> routeRefs(String markup) {
    List<RouteRef> refs = new ArrayList<>();
    Matcher m = ANY_ROUTE.matcher(markup);
    while (m.find()) {
      Matcher body = ROUTE_BODY.matcher(m.group(1));
      refs.add(new RouteRef(m.group(), body.matches() ? body.group(1) : null));
    }
    return refs;
  }

  /**
   * Words a reader sees once routes are filled in: link text counts, addresses and marks do not.
   */
  static int words(String markup, Map<String, ReportingRoute> routes) {
    String shown = RouteReferences.expand(markup, routes);
    shown = LINK.matcher(shown).replaceAll(r -> Matcher.quoteReplacement(r.group(1)));
    int count = 0;
    for (String token : shown.replace("**", " ").split("\\s+")) {
      if (WORD.matcher(token).find()) {
        count++;
      }
    }
    return count;
  }
}
