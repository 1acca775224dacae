package uk.socguide.app.admin.view;

import java.util.List;
import uk.socguide.content.Change;

/** Pending changes by where they stand, and the live release they would change. */
public record ChangeList(
    List<Change> drafts, List<Change> inReview, List<Change> approved, long liveRelease) {

  /** The page a change's item is shown on, or {@code null} for kinds without a page. */
  public static String href(Change c) {
    return switch (c.ref().kind()) {
      case TOPIC -> "/admin/topics/" + c.ref().id();
      case ROUTE -> "/admin/routes/" + c.ref().id();
      default -> null;
    };
  }

  /** An id for the change's section, for links from elsewhere. */
  public static String anchor(Change c) {
    return c.ref().kind().label() + "-" + c.ref().id().replaceAll("[^A-Za-z0-9._-]", "-");
  }
}
