package uk.socguide.adapters.telegram;

import java.util.HashMap;
import java.util.Map;

/**
 * How many updates each chat has waiting or in progress. A chat may have only so many: beyond that
 * its updates are dropped, so one person sending a flood of messages cannot fill the lane that
 * other chats share. Holds entries only for chats with work outstanding.
 */
final class ChatBacklog {
  private final int limit;
  private final Map<Long, Integer> waiting = new HashMap<>();

  ChatBacklog(int limit) {
    this.limit = limit;
  }

  /** Counts one more update for the chat; false (and nothing counted) when it has enough. */
  synchronized boolean tryAdd(long chatId) {
    int n = waiting.getOrDefault(chatId, 0);
    if (n >= limit) {
      return false;
    }
    waiting.put(chatId, n + 1);
    return true;
  }

  /** One of the chat's updates is finished with (done, or never queued). */
  synchronized void done(long chatId) {
    waiting.computeIfPresent(chatId, (chat, n) -> n <= 1 ? null : n - 1);
  }

  synchronized int chats() {
    return waiting.size();
  }
}
