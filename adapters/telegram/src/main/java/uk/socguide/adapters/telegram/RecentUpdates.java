package uk.socguide.adapters.telegram;

import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The update ids seen lately, so an update Telegram delivers twice (it retries a webhook that did
 * not answer 2xx in time) is handled once. Holds at most {@code capacity} ids, forgetting the
 * oldest; Telegram only retries recent updates.
 */
final class RecentUpdates {
  private final int capacity;
  private final LinkedHashSet<Integer> ids = new LinkedHashSet<>();

  RecentUpdates(int capacity) {
    this.capacity = capacity;
  }

  /** Claims an update id; false when it was claimed before. */
  synchronized boolean claim(int updateId) {
    if (!ids.add(updateId)) {
      return false;
    }
    if (ids.size() > capacity) {
      Iterator<Integer> oldest = ids.iterator();
      oldest.next();
      oldest.remove();
    }
    return true;
  }

  /** Gives a claim back, when the update could not be taken on and Telegram will send it again. */
  synchronized void release(int updateId) {
    ids.remove(updateId);
  }
}
