package uk.socguide.content;

import java.time.Instant;
import java.util.List;

/**
 * An item whose pending (or planned) content differs from the live release.
 *
 * @param before the live content, or {@code null} for an item that is not live
 * @param after the new content, or {@code null} when the change withdraws the item
 * @param status the pending revision's status
 * @param revisionId the revision that would go live
 * @param version the item's optimistic-lock version
 * @param fields every field that differs, for showing a diff
 */
public record Change(
    ItemRef ref,
    Object before,
    Object after,
    TopicStatus status,
    long revisionId,
    long version,
    String changedBy,
    Instant changedAt,
    List<FieldChange> fields) {

  public Change {
    fields = List.copyOf(fields);
  }

  public boolean withdrawal() {
    return after == null;
  }
}
