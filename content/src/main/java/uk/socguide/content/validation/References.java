package uk.socguide.content.validation;

import java.util.Set;
import java.util.TreeSet;
import uk.socguide.content.Answer;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.RouteRedirect;
import uk.socguide.content.Topic;

/** Which reporting routes content refers to, for "edit once, see every answer that uses it". */
public final class References {
  private References() {}

  /** Ids of the routes a topic's answers refer to (well-formed references only). */
  public static Set<String> routesUsedBy(Topic topic) {
    Set<String> ids = new TreeSet<>();
    for (Answer a : topic.answers()) {
      for (Markup.RouteRef r : Markup.routeRefs(a.markup())) {
        if (r.routeId() != null) {
          ids.add(r.routeId());
        }
      }
    }
    return ids;
  }

  /** Ids of the routes a route sends people to for what it does not take. */
  public static Set<String> routesUsedBy(ReportingRoute route) {
    Set<String> ids = new TreeSet<>();
    for (RouteRedirect d : route.doesNotTake()) {
      ids.add(d.routeId());
    }
    return ids;
  }
}
