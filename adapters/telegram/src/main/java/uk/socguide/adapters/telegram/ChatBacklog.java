package uk.socguide.adapters.telegram;

import java.util.HashMap;
import java.util.Map;

/**
 * How many updates each chat has waiting or in progress. A chat may have only so many: beyond that
 * its updates are dropped, so one person sending a flood of messages cannot fill the lane that
 * other chats share. A group gets a longer backlog than a private chat, because its members share
 * it and Telegram lets the bot answer a group only about once every three seconds. Holds entries
 * only for chats with work outstanding; a chat's "episode" of being full lasts until it has nothing
 * outstanding again.
 */
final class ChatBacklog {

  /** What became of an update offered to the backlog. */
  enum Admission {
    /** Counted: it may be queued. */
    TAKEN,
    /** Dropped, the first time in this episode: the chat should hear why. */
    FIRST_DROPPED,
    /** Dropped again in the same episode: the chat has already been told. */
    DROPPED
  }

  private static final class Outstanding {
    int waiting;
    int dropped;
  }

  private final int privateLimit;
  private final int groupLimit;
  private final Map<Long, Outstanding> chats = new HashMap<>();

  ChatBacklog(int privateLimit, int groupLimit) {
    if (privateLimit < 1 || groupLimit < 1) {
      throw new IllegalArgumentException("a chat's backlog must hold at least one update");
    }
    this.privateLimit = privateLimit;
    this.groupLimit = groupLimit;
  }

  /** Counts one more update for the chat, unless it has enough already (then nothing counted). */
  synchronized Admission tryAdd(long chatId, boolean group) {
    Outstanding o = chats.computeIfAbsent(chatId, chat -> new Outstanding());
    if (o.waiting < (group ? groupLimit : privateLimit)) {
      o.waiting++;
      return Admission.TAKEN;
    }
    o.dropped++;
    return o.dropped == 1 ? Admission.FIRST_DROPPED : Admission.DROPPED;
  }

  /**
   * One of the chat's updates is finished with (done, or never queued).
   *
   * @return how many updates the chat had dropped, when this was its last outstanding one and some
   *     were dropped; otherwise 0
   */
  synchronized int done(long chatId) {
    Outstanding o = chats.get(chatId);
    if (o == null) {
      return 0;
    }
    if (--o.waiting > 0) {
      return 0;
    }
    chats.remove(chatId);
    return o.dropped;
  }

  synchronized int chats() {
    return chats.size();
  }
}
