package uk.socguide.content;

import java.time.Instant;

/**
 * The working copy of one item as editors see it: its latest revision and where that stands.
 *
 * @param value the content of the head revision (for a withdrawal, the content being withdrawn)
 * @param status {@code DRAFT}, {@code IN_REVIEW} or {@code APPROVED} while a change is pending;
 *     {@code PUBLISHED} when the head is live; {@code WITHDRAWN} when the item was withdrawn
 * @param withdrawal true when the head revision withdraws the item (pending or done)
 * @param version the optimistic-lock version to pass back with the next change
 * @param revision the head revision's number within this item (1, 2, ...)
 * @param live true when some revision of the item is in the live release
 * @param changedBy who made the latest change of any kind (save, review, publish)
 */
public record Item<T>(
    ItemRef ref,
    T value,
    TopicStatus status,
    boolean withdrawal,
    long version,
    int revision,
    boolean live,
    String changedBy,
    Instant changedAt) {

  /** True while a change to this item is waiting to be published. */
  public boolean pending() {
    return status == TopicStatus.DRAFT
        || status == TopicStatus.IN_REVIEW
        || status == TopicStatus.APPROVED;
  }
}
