package uk.socguide.app.admin.view;

import java.util.List;
import uk.socguide.app.admin.publish.PublishResult;
import uk.socguide.content.ReleaseInfo;

/**
 * Every release, newest first.
 *
 * @param refused a refused restore to explain, or {@code null}
 * @param refusedNumber the release whose restore was refused
 */
public record ReleaseList(
    List<ReleaseInfo> releases, long live, PublishResult refused, long refusedNumber) {}
