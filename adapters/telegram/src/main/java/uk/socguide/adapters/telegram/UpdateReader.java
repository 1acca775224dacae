package uk.socguide.adapters.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import uk.socguide.core.Actions;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage.Kind;

/**
 * Decides what an update asks for. Private chats get an answer to everything; in groups the bot
 * answers only commands meant for it, messages that mention it and replies to it. Senders missing
 * from the allow-list are refused before anything they sent is read further.
 */
final class UpdateReader {

  static final String EXPIRED_BUTTON = "This button has expired. Please ask your question again.";
  static final String NOT_ALLOWED = "Sorry, this assistant is only open to invited staff.";
  static final String NCA_TOPIC = "role.nca";

  private final BotIdentity bot;
  private final LongPredicate allowed;
  private final CallbackStore callbacks;

  UpdateReader(BotIdentity bot, LongPredicate allowed, CallbackStore callbacks) {
    this.bot = bot;
    this.allowed = allowed;
    this.callbacks = callbacks;
  }

  Incoming read(Update update) {
    if (update.getMessage() != null) {
      return message(update.getMessage(), false);
    }
    if (update.getEditedMessage() != null) {
      return message(update.getEditedMessage(), true);
    }
    if (update.getCallbackQuery() != null) {
      return callback(update.getCallbackQuery());
    }
    // channel posts, reactions, member changes and the rest need no answer
    return Incoming.NOTHING;
  }

  private Incoming message(Message m, boolean edited) {
    Chat chat = m.getChat();
    User from = m.getFrom();
    if (chat == null || from == null || Boolean.TRUE.equals(from.getIsBot()) || isChannel(chat)) {
      return Incoming.NOTHING;
    }
    boolean group = isGroup(chat);
    String text = m.getText();
    Command command = Command.parse(text);
    if (group && !addressed(m, command)) {
      return Incoming.NOTHING;
    }
    Job.Target target =
        new Job.Target(
            chat.getId(),
            group,
            m.isTopicMessage() ? m.getMessageThreadId() : null,
            group ? m.getMessageId() : null);
    long userId = from.getId();
    if (!allowed.test(userId)) {
      return Incoming.job(new Job(target, userId, new Job.Refuse(!group)));
    }
    if (edited || text == null || text.isBlank()) {
      return Incoming.job(new Job(target, userId, new Job.Ask("", Kind.NON_TEXT)));
    }
    if (command != null) {
      return Incoming.job(new Job(target, userId, command(command)));
    }
    String question = group ? withoutMention(text) : text;
    if (question.isBlank()) {
      // "@SocGuideBot" on its own: say what it can do
      return Incoming.job(new Job(target, userId, new Job.Ask(Actions.help(), Kind.TEXT)));
    }
    return Incoming.job(new Job(target, userId, new Job.Ask(question, Kind.TEXT)));
  }

  private static Job.Request command(Command c) {
    switch (c.name()) {
      case "start":
        if (c.argument().isEmpty()) {
          return new Job.Ask("", Kind.CONVERSATION_START);
        }
        Optional<String> topic = DeepLinks.topicId(c.argument());
        return topic.isPresent()
            ? new Job.Ask(Actions.topic(topic.get()), Kind.TEXT)
            : new Job.Ask("", Kind.CONVERSATION_START);
      case "help":
        return new Job.Ask(Actions.help(), Kind.TEXT);
      case "report":
        return new Job.Ask(Actions.reportMenu(), Kind.TEXT);
      case "nca":
        return new Job.Ask(Actions.topic(NCA_TOPIC), Kind.TEXT);
      case "role":
        return role(c.argument());
      default:
        return new Job.Ask(Actions.help(), Kind.TEXT);
    }
  }

  private static Job.Request role(String argument) {
    String a = argument.toLowerCase(Locale.ROOT);
    if (a.startsWith("councillor") || a.startsWith("councilor")) {
      return new Job.Ask(Actions.audience(Audience.COUNCILLOR), Kind.TEXT);
    }
    if (a.startsWith("frontline")) {
      return new Job.Ask(Actions.audience(Audience.FRONTLINE), Kind.TEXT);
    }
    return new Job.RoleMenu();
  }

  private Incoming callback(CallbackQuery query) {
    MaybeInaccessibleMessage message = query.getMessage();
    User from = query.getFrom();
    if (message == null || message.getChat() == null || from == null) {
      // a button on an inline-mode message: nothing of ours, but the spinner still stops
      return new Incoming(query.getId(), null, null);
    }
    if (!allowed.test(from.getId())) {
      return new Incoming(query.getId(), NOT_ALLOWED, null);
    }
    Chat chat = message.getChat();
    Optional<String> value = callbacks.resolve(chat.getId(), query.getData());
    if (value.isEmpty()) {
      return new Incoming(query.getId(), EXPIRED_BUTTON, null);
    }
    Integer thread =
        message instanceof Message m && m.isTopicMessage() ? m.getMessageThreadId() : null;
    Job.Target target = new Job.Target(chat.getId(), isGroup(chat), thread, null);
    return new Incoming(
        query.getId(), null, new Job(target, from.getId(), new Job.Ask(value.get(), Kind.TEXT)));
  }

  private boolean addressed(Message m, Command command) {
    if (command != null) {
      return command.isFor(bot.username());
    }
    Message repliedTo = m.getReplyToMessage();
    if (repliedTo != null
        && repliedTo.getFrom() != null
        && repliedTo.getFrom().getId() != null
        && repliedTo.getFrom().getId() == bot.id()) {
      return true;
    }
    return mentionsBot(m);
  }

  private boolean mentionsBot(Message m) {
    String text = m.getText();
    List<MessageEntity> entities = m.getEntities();
    if (text == null || entities == null) {
      return false;
    }
    String username = bot.username();
    for (MessageEntity e : entities) {
      if (e == null || e.getType() == null) {
        continue;
      }
      if ("text_mention".equals(e.getType())
          && e.getUser() != null
          && e.getUser().getId() != null
          && e.getUser().getId() == bot.id()) {
        return true;
      }
      if ("mention".equals(e.getType())
          && username != null
          && ("@" + username).equalsIgnoreCase(e.getText())) {
        return true;
      }
    }
    return false;
  }

  private String withoutMention(String text) {
    String username = bot.username();
    if (username == null) {
      return text.strip();
    }
    return Pattern.compile("@" + Pattern.quote(username) + "\\b", Pattern.CASE_INSENSITIVE)
        .matcher(text)
        .replaceAll("")
        .strip();
  }

  private static boolean isGroup(Chat chat) {
    return "group".equals(chat.getType()) || "supergroup".equals(chat.getType());
  }

  private static boolean isChannel(Chat chat) {
    return "channel".equals(chat.getType());
  }
}
