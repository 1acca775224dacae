package uk.socguide.adapters.telegram;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.core.UserIds;

/**
 * Lets a chat's updates through to its lane while its backlog has room, and makes dropping the rest
 * visible rather than silent: the chat is told once per episode (not once per dropped update) that
 * it should wait for the replies and ask again, the log says so at INFO with the chat's hashed id
 * only, and the adapter keeps a running count. The notice goes through a lane of its own, so it
 * arrives promptly instead of behind the backlog it is about.
 */
final class FloodGate {

  private static final Logger log = LoggerFactory.getLogger(FloodGate.class);

  private final ChatBacklog backlog;
  private final ChatLanes notices;
  private final Conversation conversation;
  private final UserIds userIds;
  private final AtomicLong dropped = new AtomicLong();

  FloodGate(ChatBacklog backlog, ChatLanes notices, Conversation conversation, UserIds userIds) {
    this.backlog = backlog;
    this.notices = notices;
    this.conversation = conversation;
    this.userIds = userIds;
  }

  /**
   * Counts the job against its chat's backlog.
   *
   * @return true when it may be queued (call {@link #done} once it is finished with); false when it
   *     was dropped
   */
  boolean admit(Job job) {
    Job.Target target = job.target();
    ChatBacklog.Admission admission = backlog.tryAdd(target.chatId(), target.group());
    if (admission == ChatBacklog.Admission.TAKEN) {
      return true;
    }
    dropped.incrementAndGet();
    if (admission == ChatBacklog.Admission.FIRST_DROPPED) {
      log.info(
          "Telegram chat {} has too many messages waiting; dropping more until it catches up",
          chat(target.chatId()));
      if (!notices.submit(target.chatId(), () -> conversation.tellBusy(target))) {
        log.info("Telegram busy notice not sent: too many chats are being told already");
      }
    }
    return false;
  }

  /** One of the chat's admitted jobs is finished with (done, or never queued). */
  void done(long chatId) {
    int droppedInEpisode = backlog.done(chatId);
    if (droppedInEpisode > 0) {
      log.info(
          "Telegram chat {} caught up; {} of its messages were dropped",
          chat(chatId),
          droppedInEpisode);
    }
  }

  /** Updates dropped since the adapter started. */
  long dropped() {
    return dropped.get();
  }

  /** Lets notices in progress finish for up to {@code grace}; see {@link ChatLanes#close}. */
  boolean close(Duration grace) throws InterruptedException {
    return notices.close(grace);
  }

  private String chat(long chatId) {
    return userIds.hash(Conversation.CHANNEL + "-chat", Long.toString(chatId));
  }
}
