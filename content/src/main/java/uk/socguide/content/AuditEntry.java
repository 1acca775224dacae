package uk.socguide.content;

import java.time.Instant;

/**
 * One line of the append-only audit log.
 *
 * @param action what was done, such as {@code save}, {@code approve}, {@code publish} (see {@link
 *     AuditQuery} for filtering)
 * @param objectKind {@code topic}, {@code route}, {@code concept}, {@code question}, {@code
 *     release}, {@code inbox}, {@code seed} (other modules add their own, such as {@code user})
 * @param before the object as JSON before the action, or {@code null}
 * @param after the object as JSON after the action, or {@code null}
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String action,
    String objectKind,
    String objectId,
    String before,
    String after,
    String note) {}
