package uk.socguide.content;

import java.time.Instant;

/**
 * A change was made against a stale version: someone else changed the item (or published a release)
 * in between. The message names who and when, so the editor can reload and redo it.
 */
public class ConflictException extends ContentException {
  private static final long serialVersionUID = 1L;

  private final transient ItemRef item;
  private final String changedBy;
  private final Instant changedAt;

  public ConflictException(ItemRef item, String changedBy, Instant changedAt, String message) {
    super(message);
    this.item = item;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  /** The item that changed, or {@code null} when the conflict is with a newer release. */
  public ItemRef item() {
    return item;
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
