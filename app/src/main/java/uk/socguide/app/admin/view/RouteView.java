package uk.socguide.app.admin.view;

import java.util.List;
import uk.socguide.content.Change;
import uk.socguide.content.Item;
import uk.socguide.content.ReportingRoute;

/**
 * A reporting route's page: the route, what uses it, its pending change and its form.
 *
 * @param item the working copy, or {@code null} for a new route
 * @param usedBy every topic and route that refers to it, in the working copy or the live release
 * @param problems why the last save was refused; empty when it was not
 */
public record RouteView(
    Item<ReportingRoute> item,
    List<TopicView.Link> usedBy,
    Change pending,
    RouteForm form,
    List<String> problems) {

  public RouteView {
    usedBy = List.copyOf(usedBy);
    problems = List.copyOf(problems);
  }
}
