package uk.socguide.adapters.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where every update arrives, from the webhook or from long polling: each update id is taken once,
 * a pressed button is answered at once, and the rest of the work is queued on the chat's lane so
 * the caller is never kept waiting for the engine or for Telegram.
 */
final class UpdateIntake {

  enum Result {
    /** Taken on (or needed nothing). */
    ACCEPTED,
    /** Dropped: the chat already has as many updates waiting as it may (it is told once). */
    FLOOD,
    /** Seen before; nothing done. */
    DUPLICATE,
    /** The chat's lane is full; Telegram should deliver it again later. */
    BUSY,
    /** The adapter is not running. */
    CLOSED
  }

  private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

  private final RecentUpdates recent;
  private final UpdateReader reader;
  private final Sender sender;
  private final ChatLanes lanes;
  private final FloodGate gate;
  private final Conversation conversation;
  private volatile boolean open;

  UpdateIntake(
      RecentUpdates recent,
      UpdateReader reader,
      Sender sender,
      ChatLanes lanes,
      FloodGate gate,
      Conversation conversation) {
    this.recent = recent;
    this.reader = reader;
    this.sender = sender;
    this.lanes = lanes;
    this.gate = gate;
    this.conversation = conversation;
  }

  void open() {
    open = true;
  }

  void close() {
    open = false;
  }

  boolean isOpen() {
    return open;
  }

  Result accept(Update update) {
    if (!open) {
      return Result.CLOSED;
    }
    Integer id = update.getUpdateId();
    if (id == null) {
      return Result.ACCEPTED;
    }
    if (!recent.claim(id)) {
      log.debug("update {} seen before; skipped", id);
      return Result.DUPLICATE;
    }
    Incoming incoming;
    try {
      incoming = reader.read(update);
    } catch (RuntimeException e) {
      // an update the library could not make sense of (entity offsets outside the text, say)
      log.warn("update {} could not be read ({}); skipped", id, e.getClass().getSimpleName());
      return Result.ACCEPTED;
    }
    if (incoming.callbackQueryId() != null) {
      sender.answerCallback(incoming.callbackQueryId(), incoming.callbackText());
    }
    Job job = incoming.job();
    if (job == null) {
      return Result.ACCEPTED;
    }
    long chat = job.target().chatId();
    if (!gate.admit(job)) {
      return Result.FLOOD;
    }
    Runnable work =
        () -> {
          try {
            conversation.run(job);
          } finally {
            gate.done(chat);
          }
        };
    if (!lanes.submit(chat, work)) {
      gate.done(chat);
      recent.release(id);
      return open ? Result.BUSY : Result.CLOSED;
    }
    return Result.ACCEPTED;
  }

  /** For long polling: waits while the chat's lane is full rather than dropping the update. */
  void acceptPatiently(Update update) {
    try {
      while (accept(update) == Result.BUSY) {
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
