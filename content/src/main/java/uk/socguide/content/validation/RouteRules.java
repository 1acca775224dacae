package uk.socguide.content.validation;

import java.util.List;
import java.util.Set;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.RouteRedirect;

/** The rules every reporting route is held to. */
final class RouteRules {
  private RouteRules() {}

  static void check(List<ReportingRoute> routes, Set<String> routeIds, List<Problem> problems) {
    for (ReportingRoute r : routes) {
      ItemRef ref = ItemRef.route(r.id());
      if (!Ids.validSlug(r.id())) {
        problems.add(
            Problem.of(
                ref,
                "id",
                "'"
                    + r.id()
                    + "' is not a valid route id: use lower-case letters and digits joined by"
                    + " hyphens, such as police-101"));
      }
      if (r.name().isEmpty()) {
        problems.add(Problem.of(ref, "name", "is missing"));
      }
      if (!r.web().isEmpty() && !Urls.valid(r.web())) {
        problems.add(
            Problem.of(
                ref, "web", "'" + r.web() + "' is not an http or https address with a host"));
      }
      if (r.jurisdictions().isEmpty()) {
        problems.add(Problem.of(ref, "jurisdictions", "name at least one jurisdiction"));
      }
      if (r.urgency() == null) {
        problems.add(Problem.of(ref, "urgency", "is missing"));
      }
      if (r.whenToUse().isEmpty()) {
        problems.add(Problem.of(ref, "whenToUse", "is missing"));
      }
      for (int i = 0; i < r.doesNotTake().size(); i++) {
        RouteRedirect d = r.doesNotTake().get(i);
        String at = "doesNotTake[" + i + "]";
        if (d.what().isEmpty()) {
          problems.add(Problem.of(ref, at + ".what", "is missing"));
        }
        if (d.routeId().equals(r.id())) {
          problems.add(Problem.of(ref, at + ".route", "a route cannot redirect to itself"));
        } else if (!routeIds.contains(d.routeId())) {
          problems.add(Problem.of(ref, at + ".route", "no route has id '" + d.routeId() + "'"));
        }
      }
    }
  }
}
