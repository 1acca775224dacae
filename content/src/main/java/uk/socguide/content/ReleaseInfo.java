package uk.socguide.content;

import java.time.Instant;

/**
 * One numbered content release in the release history.
 *
 * @param restoredFrom the earlier release this one restored, or 0 for an ordinary publish
 * @param changes how many items it changed compared with the release before it
 */
public record ReleaseInfo(
    long number,
    Instant publishedAt,
    String publishedBy,
    String note,
    long restoredFrom,
    int changes) {}
