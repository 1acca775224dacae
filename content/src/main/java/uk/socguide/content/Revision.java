package uk.socguide.content;

import java.time.Instant;

/**
 * One saved state of an item. Every save makes one; review and publishing only change its status.
 *
 * @param id store-wide revision id
 * @param number the revision's number within its item (1, 2, ...)
 * @param status where the revision stands: {@code PUBLISHED} once it has been in a release
 * @param withdrawal true when this revision withdraws the item
 * @param publishedIn the release that first made it live, or 0
 */
public record Revision(
    long id,
    ItemRef ref,
    int number,
    TopicStatus status,
    boolean withdrawal,
    String author,
    Instant createdAt,
    String reason,
    String submittedBy,
    Instant submittedAt,
    String approvedBy,
    Instant approvedAt,
    long publishedIn) {}
