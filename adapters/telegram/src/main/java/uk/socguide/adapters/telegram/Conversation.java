package uk.socguide.adapters.telegram;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.UserIds;

/**
 * Does a job on its chat's lane: runs the turn through the engine while Telegram shows "typing",
 * then sends the reply's messages in order. Ids are hashed before they reach the engine.
 */
final class Conversation {

  static final String CHANNEL = "telegram";
  static final String ROLE_PROMPT =
      "Who are you? I word my answers for councillors or for frontline staff.";
  static final String REFUSAL =
      "Sorry, this assistant is only open to invited staff. If you should have access, ask your"
          + " administrator to add your Telegram user id: ";
  static final String REFUSAL_IN_GROUP =
      "Sorry, this assistant is only open to invited staff. Ask your administrator for access.";
  static final String BUSY =
      "I'm getting a lot of messages here and couldn't take them all. Please wait for my replies,"
          + " then ask again anything I haven't answered.";
  static final String SORRY = "Sorry, something went wrong on my side. Please try again.";

  private static final Logger log = LoggerFactory.getLogger(Conversation.class);
  private static final long TYPING_WAIT_MILLIS = 1000;

  private final TurnHandler turns;
  private final UserIds userIds;
  private final HtmlRenderer renderer;
  private final Keyboards keyboards;
  private final Sender sender;

  Conversation(
      TurnHandler turns,
      UserIds userIds,
      HtmlRenderer renderer,
      Keyboards keyboards,
      Sender sender) {
    this.turns = turns;
    this.userIds = userIds;
    this.renderer = renderer;
    this.keyboards = keyboards;
    this.sender = sender;
  }

  void run(Job job) {
    try {
      Job.Request request = job.request();
      if (request instanceof Job.Ask ask) {
        answer(job, ask);
      } else if (request instanceof Job.RoleMenu) {
        send(job.target(), Html.escape(ROLE_PROMPT), keyboards.roles(job.target().chatId()), true);
      } else if (request instanceof Job.Refuse refuse) {
        String text = refuse.privateChat() ? REFUSAL + job.userId() + "." : REFUSAL_IN_GROUP;
        send(job.target(), Html.escape(text), null, true);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // a bug, not a user's doing: the lane must carry on with the next chat's work
      log.error("A Telegram reply failed: {}", e.getClass().getName());
    }
  }

  /** Tells a chat that some of its messages were dropped because too many were waiting. */
  void tellBusy(Job.Target target) {
    try {
      send(target, Html.escape(BUSY), null, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void answer(Job job, Job.Ask ask) throws InterruptedException {
    Job.Target target = job.target();
    CompletableFuture<Boolean> typing = sender.typing(target.chatId(), target.threadId());
    InboundMessage inbound =
        new InboundMessage(
            CHANNEL,
            userIds.hash(CHANNEL + "-chat", Long.toString(target.chatId())),
            userIds.hash(CHANNEL, Long.toString(job.userId())),
            ask.text(),
            Audience.FRONTLINE,
            ask.kind());
    Reply reply;
    try {
      reply = turns.handle(inbound);
    } catch (RuntimeException e) {
      // the engine promises not to throw; if it does, the user still hears back
      log.error("The dialogue engine failed a turn: {}", e.getClass().getName());
      send(target, Html.escape(SORRY), null, true);
      return;
    }
    awaitTyping(typing);
    boolean first = true;
    for (ReplyMessage message : reply.messages()) {
      List<String> parts = renderer.render(message);
      InlineKeyboardMarkup keyboard = keyboards.forReply(target.chatId(), message);
      for (int i = 0; i < parts.size(); i++) {
        boolean last = i == parts.size() - 1;
        if (!send(target, parts.get(i), last ? keyboard : null, first)) {
          return;
        }
        first = false;
      }
    }
  }

  private boolean send(
      Job.Target target, String html, InlineKeyboardMarkup keyboard, boolean replyToAsk)
      throws InterruptedException {
    SendMessage.SendMessageBuilder<?, ?> message =
        SendMessage.builder()
            .chatId(target.chatId())
            .text(html)
            .parseMode(ParseMode.HTML)
            .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
            .messageThreadId(target.threadId())
            .replyMarkup(keyboard);
    if (replyToAsk && target.replyTo() != null) {
      message.replyParameters(
          ReplyParameters.builder()
              .messageId(target.replyTo())
              .allowSendingWithoutReply(true)
              .build());
    }
    return sender.send(message.build(), target.chatId(), target.group());
  }

  // "typing" must reach Telegram before the answer, or it would linger after it
  private static void awaitTyping(CompletableFuture<Boolean> typing) throws InterruptedException {
    try {
      typing.get(TYPING_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      // a lost typing indicator is not worth delaying the answer for
    }
  }
}
