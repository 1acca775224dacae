package uk.socguide.adapters.telegram;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Spaces out messages per chat and overall. A send first reserves its chat's next slot and sleeps
 * until it, then takes the next overall slot; no lock is held while sleeping, so one busy chat
 * never holds up the others beyond the overall limit.
 */
final class RateLimiter {

  private static final int FORGET_AFTER = 10_000;

  private final long perChatNanos;
  private final long perGroupNanos;
  private final long globalNanos;
  private final Map<Long, Long> nextInChat = new HashMap<>();
  private long nextGlobal;
  private boolean anySent;

  RateLimiter(SendLimits limits) {
    this.perChatNanos = limits.perChat().toNanos();
    this.perGroupNanos = limits.perGroup().toNanos();
    this.globalNanos =
        limits.perSecond() <= 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / limits.perSecond();
  }

  /** Blocks until a message may be sent to the chat. */
  void acquire(long chatId, boolean group) throws InterruptedException {
    sleep(reserveChat(chatId, group, System.nanoTime()));
    sleep(reserveGlobal(System.nanoTime()));
  }

  /** Reserves the chat's next slot; returns how long to wait for it, in nanoseconds. */
  synchronized long reserveChat(long chatId, boolean group, long now) {
    long interval = group ? perGroupNanos : perChatNanos;
    if (interval <= 0) {
      return 0;
    }
    Long next = nextInChat.get(chatId);
    long slot = next != null && next - now > 0 ? next : now;
    nextInChat.put(chatId, slot + interval);
    if (nextInChat.size() > FORGET_AFTER) {
      forgetPast(now);
    }
    return slot - now;
  }

  /** Reserves the next overall slot; returns how long to wait for it, in nanoseconds. */
  synchronized long reserveGlobal(long now) {
    if (globalNanos <= 0) {
      return 0;
    }
    long slot = anySent && nextGlobal - now > 0 ? nextGlobal : now;
    nextGlobal = slot + globalNanos;
    anySent = true;
    return slot - now;
  }

  synchronized int trackedChats() {
    return nextInChat.size();
  }

  private static void sleep(long nanos) throws InterruptedException {
    if (nanos > 0) {
      TimeUnit.NANOSECONDS.sleep(nanos);
    }
  }

  // a chat whose next slot has passed may send at once, so it needs no entry
  private void forgetPast(long now) {
    Iterator<Long> it = nextInChat.values().iterator();
    while (it.hasNext()) {
      if (it.next() - now <= 0) {
        it.remove();
      }
    }
  }
}
