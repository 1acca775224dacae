package uk.socguide.app.admin.view;

import java.util.List;
import uk.socguide.app.admin.publish.PublishResult;
import uk.socguide.content.PublishPlan;

/**
 * The publish page: what publishing now would change, and the outcome of the last check or refused
 * publish.
 *
 * @param result the outcome to show, or {@code null} before anything was tried
 * @param refused whether {@code result} is a refused publish (rather than a check)
 */
public record PublishView(PublishPlan plan, PublishResult result, boolean refused) {

  public List<String> reasons() {
    return result == null ? List.of() : result.reasons();
  }
}
