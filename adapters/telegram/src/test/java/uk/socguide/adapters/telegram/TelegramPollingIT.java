package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.InboundMessage.Kind;
import uk.socguide.core.testing.CountingObserver;
import uk.socguide.core.testing.SampleEngine;

/**
 * The adapter in polling mode against a fake Bot API: real update JSON through the library's
 * long-polling application, replies captured as the Bot API receives them.
 */
class TelegramPollingIT {

  private static final long STRANGER = 9_999_001L;
  private static final String NOT_TEXT_REPLY = "I can only read text. Please type your question.";
  private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();

  private static FakeBotApi api;
  private static SampleEngine sample;
  private static RecordingTurns turns;
  private static TelegramAdapter adapter;
  private static final CountingObserver observer = new CountingObserver();
  private static long nextChat = 8_100_000L;

  @BeforeAll
  static void start() throws Exception {
    LOGS.start();
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(LOGS);
    api = new FakeBotApi();
    sample = SampleEngine.create(AwkwardContent.release());
    turns = new RecordingTurns(sample.engine());
    StringBuilder allowed = new StringBuilder();
    for (long u = 8_100_001L; u < 8_100_100L; u++) {
      allowed.append(u).append(',');
    }
    adapter =
        Harness.adapter(
            Harness.settings(api, Map.of(TelegramSettings.ALLOWED_USERS, allowed.toString())),
            turns,
            observer);
    adapter.start().get(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    adapter.close();
    api.close();
    sample.close();
    ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(LOGS);
  }

  /** A fresh private chat (its id is also its user's id, as in Telegram). */
  private static synchronized long chat() {
    return ++nextChat;
  }

  private static String text(FakeBotApi.Call call) {
    return call.params().path("text").asText();
  }

  @Test
  void startUpRegistersTheCommandsAndPolls() throws Exception {
    assertThat(api.calls("getMe")).isNotEmpty();
    assertThat(api.calls("deleteWebhook")).hasSize(1);
    JsonNode commands = api.calls("setMyCommands").get(0).params().path("commands");
    assertThat(commands.findValuesAsText("command"))
        .containsExactly("start", "help", "report", "nca", "role");
    assertThat(api.await("getUpdates", 1)).isNotEmpty();
    assertThat(adapter.isRunning()).isTrue();
  }

  @Test
  void aQuestionIsAnsweredInHtmlAfterATypingIndicator() throws Exception {
    long chat = chat();
    api.deliver(Updates.text(Updates.nextId(), chat, chat, "who do I tell about a cannabis farm?"));

    List<FakeBotApi.Call> sent = api.awaitMessages(chat, 1);

    assertThat(sent).hasSize(1);
    JsonNode message = sent.get(0).params();
    assertThat(message.path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
    assertThat(message.path("link_preview_options").path("is_disabled").asBoolean()).isTrue();
    MessageSplitterTest.assertBalanced(text(sent.get(0)));
    List<FakeBotApi.Call> typing =
        api.calls("sendChatAction").stream()
            .filter(c -> c.params().path("chat_id").asText().equals(Long.toString(chat)))
            .toList();
    assertThat(typing).hasSize(1);
    assertThat(typing.get(0).params().path("action").asText()).isEqualTo("typing");
    List<InboundMessage> asked = turns.inConversation(Harness.conversation(chat));
    assertThat(asked).hasSize(1);
    assertThat(asked.get(0).channel()).isEqualTo("telegram");
    assertThat(asked.get(0).kind()).isEqualTo(Kind.TEXT);
    assertThat(asked.get(0).text()).isEqualTo("who do I tell about a cannabis farm?");
    assertThat(asked.get(0).userHash()).isEqualTo(Harness.user(chat)).doesNotContain("" + chat);
    assertThat(asked.get(0).audienceHint()).isEqualTo(Audience.FRONTLINE);
  }

  @Test
  void startWelcomes() throws Exception {
    long chat = chat();
    api.deliver(Updates.command(Updates.nextId(), chat, chat, "/start"));

    assertThat(api.awaitMessages(chat, 1)).hasSize(1);
    assertThat(turns.inConversation(Harness.conversation(chat)))
        .extracting(InboundMessage::kind)
        .containsExactly(Kind.CONVERSATION_START);
  }

  @Test
  void aDeepLinkOpensItsTopic() throws Exception {
    long chat = chat();
    api.deliver(Updates.command(Updates.nextId(), chat, chat, "/start report_fraud"));

    assertThat(api.awaitMessages(chat, 1)).hasSize(1);
    assertThat(turns.inConversation(Harness.conversation(chat)))
        .extracting(InboundMessage::text)
        .containsExactly("#topic:report.fraud");
  }

  @Test
  void helpReportAndNcaCommandsAskForExactActions() throws Exception {
    long chat = chat();
    api.deliver(Updates.command(Updates.nextId(), chat, chat, "/help"));
    api.deliver(Updates.command(Updates.nextId(), chat, chat, "/report"));
    api.deliver(Updates.command(Updates.nextId(), chat, chat, "/nca"));

    assertThat(api.awaitMessages(chat, 3)).hasSize(3);
    assertThat(turns.inConversation(Harness.conversation(chat)))
        .extracting(InboundMessage::text)
        .containsExactly("#help", "#menu:report", "#topic:role.nca");
  }

  @Test
  void roleOffersTwoButtonsAndAPressSwitchesTheAudience() throws Exception {
    long chat = chat();
    api.deliver(Updates.command(Updates.nextId(), chat, chat, "/role"));

    JsonNode keyboard = api.awaitMessages(chat, 1).get(0).params().path("reply_markup");
    JsonNode row = keyboard.path("inline_keyboard").get(0);
    assertThat(row.findValuesAsText("text"))
        .containsExactly(Keyboards.COUNCILLOR, Keyboards.FRONTLINE);
    String councillor = row.get(0).path("callback_data").asText();
    assertThat(councillor.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
    assertThat(turns.inConversation(Harness.conversation(chat))).isEmpty();

    api.deliver(Updates.callback(Updates.nextId(), chat, chat, councillor));

    assertThat(api.awaitMessages(chat, 2)).hasSize(2);
    assertThat(turns.inConversation(Harness.conversation(chat)))
        .extracting(InboundMessage::text)
        .containsExactly("#audience:councillor");
    assertThat(
            api.calls("answerCallbackQuery").stream()
                .map(c -> c.params().path("callback_query_id").asText()))
        .contains("4382bfdwdsb323b2d9");
  }

  @Test
  void feedbackAndRelatedTopicButtonsCarryOnlyShortIds() throws Exception {
    long chat = chat();
    api.deliver(Updates.text(Updates.nextId(), chat, chat, "how do I report fraud?"));

    JsonNode message = api.awaitMessages(chat, 1).get(0).params();
    List<String> data = message.path("reply_markup").findValuesAsText("callback_data");
    assertThat(data).isNotEmpty();
    assertThat(data)
        .allSatisfy(
            d -> assertThat(d.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(64));
    assertThat(data).noneMatch(d -> d.startsWith("#"));
    List<String> labels = message.path("reply_markup").findValuesAsText("text");
    assertThat(labels).contains(Keyboards.HELPFUL, Keyboards.NOT_HELPFUL);

    String helpful = data.get(labels.indexOf(Keyboards.HELPFUL));
    api.deliver(Updates.callback(Updates.nextId(), chat, chat, helpful));

    api.awaitMessages(chat, 2);
    assertThat(turns.inConversation(Harness.conversation(chat)).get(1).text())
        .startsWith("#feedback:yes:");
  }

  @Test
  void anExpiredButtonIsAnsweredWithANotice() throws Exception {
    long chat = chat();
    int before = api.calls("answerCallbackQuery").size();
    api.deliver(Updates.callback(Updates.nextId(), chat, chat, "no-such-button"));

    List<FakeBotApi.Call> answers =
        api.await("answerCallbackQuery", before + 1, c -> true, Duration.ofSeconds(10));

    assertThat(answers.get(answers.size() - 1).params().path("text").asText())
        .isEqualTo(UpdateReader.EXPIRED_BUTTON);
    assertThat(turns.inConversation(Harness.conversation(chat))).isEmpty();
  }

  @Test
  void photosStickersVoiceDocumentsLocationsAndEditsGetAPoliteTextReply() throws Exception {
    long chat = chat();
    for (String fixture : List.of("photo", "sticker", "voice", "document", "location")) {
      api.deliver(Updates.of(fixture, Updates.nextId(), chat, chat));
    }
    api.deliver(Updates.edited(Updates.nextId(), chat, chat, "edited question"));

    List<FakeBotApi.Call> sent = api.awaitMessages(chat, 6);
    assertThat(sent).hasSize(6);
    assertThat(sent)
        .allSatisfy(c -> assertThat(c.params().has("reply_markup")).as("buttons").isFalse())
        .allSatisfy(c -> assertThat(text(c)).isEqualTo(NOT_TEXT_REPLY));
    assertThat(turns.inConversation(Harness.conversation(chat)))
        .extracting(InboundMessage::kind)
        .containsOnly(Kind.NON_TEXT)
        .hasSize(6);
    assertThat(turns.inConversation(Harness.conversation(chat)))
        .extracting(InboundMessage::text)
        .containsOnly("");
  }

  @Test
  void inAGroupOnlyMessagesForTheBotAreAnswered() throws Exception {
    long group = -1_000_000_000_000L - chat();
    long member = chat();
    api.deliver(Updates.groupText(Updates.nextId(), group, member, "anyone seen the agenda?"));
    api.deliver(
        Updates.groupMention(
            Updates.nextId(),
            group,
            member,
            "@SocGuideTestBot what is cuckooing?",
            "@SocGuideTestBot"));
    api.deliver(Updates.groupReply(Updates.nextId(), group, member, "and who do I call?"));
    api.deliver(Updates.groupCommand(Updates.nextId(), group, member, "/help@SomeOtherBot"));
    api.deliver(Updates.groupCommand(Updates.nextId(), group, member, "/nca"));

    List<FakeBotApi.Call> sent = api.awaitMessages(group, 3);
    Thread.sleep(200);

    assertThat(api.awaitMessages(group, 3)).hasSize(3);
    assertThat(turns.inConversation(Harness.conversation(group)))
        .extracting(InboundMessage::text)
        .containsExactly("what is cuckooing?", "and who do I call?", "#topic:role.nca");
    assertThat(sent.get(0).params().path("reply_parameters").path("message_id").isInt()).isTrue();
  }

  @Test
  void someoneNotOnTheAllowListIsRefusedAndNothingIsProcessed() throws Exception {
    api.deliver(Updates.text(Updates.nextId(), STRANGER, STRANGER, "what is the NCA?"));
    api.deliver(Updates.command(Updates.nextId(), STRANGER, STRANGER, "/start"));

    List<FakeBotApi.Call> sent = api.awaitMessages(STRANGER, 2);

    assertThat(sent).hasSize(2);
    assertThat(text(sent.get(0))).startsWith("Sorry, this assistant is only open to invited staff");
    assertThat(text(sent.get(0))).contains(Long.toString(STRANGER));
    assertThat(sent.get(0).params().has("reply_markup")).isFalse();
    assertThat(turns.inConversation(Harness.conversation(STRANGER))).isEmpty();
    assertThat(
            api.calls("sendChatAction").stream()
                .filter(c -> c.params().path("chat_id").asText().equals(Long.toString(STRANGER))))
        .isEmpty();
  }

  @Test
  void a429WaitsAsToldAndSendsAgain() throws Exception {
    long chat = chat();
    api.failNext("sendMessage", FakeBotApi.Failure.TOO_MANY_REQUESTS);
    api.deliver(Updates.text(Updates.nextId(), chat, chat, "what does the NCA do?"));

    List<FakeBotApi.Call> sent =
        api.await(
            "sendMessage",
            2,
            c -> c.params().path("chat_id").asText().equals(Long.toString(chat)),
            Duration.ofSeconds(10));

    assertThat(sent).hasSize(2);
    assertThat(text(sent.get(1))).isEqualTo(text(sent.get(0)));
    assertThat(turns.inConversation(Harness.conversation(chat))).hasSize(1);
  }

  @Test
  void networkFailuresBackOffWithoutLosingTheReply() throws Exception {
    long chat = chat();
    api.failNext("sendMessage", FakeBotApi.Failure.DROP_CONNECTION, FakeBotApi.Failure.BAD_GATEWAY);
    api.deliver(Updates.text(Updates.nextId(), chat, chat, "what is county lines?"));

    List<FakeBotApi.Call> sent =
        api.await(
            "sendMessage",
            3,
            c -> c.params().path("chat_id").asText().equals(Long.toString(chat)),
            Duration.ofSeconds(10));

    assertThat(sent).hasSize(3);
    assertThat(text(sent.get(2))).isEqualTo(text(sent.get(0)));
  }

  @Test
  void aRefusalFromTelegramIsNotRetriedAndIsReported() throws Exception {
    long chat = chat();
    api.failNext("sendMessage", FakeBotApi.Failure.FORBIDDEN);
    api.deliver(Updates.text(Updates.nextId(), chat, chat, "hello"));
    api.awaitMessages(chat, 1);
    // the next message in the same chat goes through the same lane: once it is answered, the
    // refused one is settled
    api.deliver(Updates.text(Updates.nextId(), chat, chat, "hello again"));

    assertThat(api.awaitMessages(chat, 2)).hasSize(2);
    // one attempt at the refused message, none repeated, and the failure counted
    assertThat(
            api.calls("sendMessage").stream()
                .filter(c -> c.params().path("chat_id").asText().equals(Long.toString(chat))))
        .hasSize(2);
    assertThat(observer.failedDeliveries()).contains("telegram");
  }

  @Test
  void markupInTheContentIsEscapedAndTheHtmlIsWellFormed() throws Exception {
    long chat = chat();
    api.deliver(Updates.text(Updates.nextId(), chat, chat, AwkwardContent.HOSTILE_QUESTION));

    List<FakeBotApi.Call> sent = api.awaitMessages(chat, 1);

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).params().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
    AwkwardContent.assertHostileAnswerServedSafely(text(sent.get(0)));
  }

  @Test
  void logsNeverCarryIdsTextOrTheToken() throws Exception {
    long chat = chat();
    String secretText = "unique-phrase-" + chat;
    api.failNext("sendMessage", FakeBotApi.Failure.BAD_GATEWAY);
    api.deliver(Updates.text(Updates.nextId(), chat, chat, secretText));
    api.await(
        "sendMessage",
        2,
        c -> c.params().path("chat_id").asText().equals(Long.toString(chat)),
        Duration.ofSeconds(10));

    List<String> lines;
    synchronized (LOGS.list) {
      lines = LOGS.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
    assertThat(lines).anyMatch(l -> l.contains("Sending to Telegram failed"));
    assertThat(lines)
        .noneMatch(l -> l.contains(Long.toString(chat)))
        .noneMatch(l -> l.contains(secretText))
        .noneMatch(l -> l.contains(FakeBotApi.TOKEN))
        .noneMatch(l -> l.contains(FakeBotApi.TOKEN.substring(10)));
  }
}
