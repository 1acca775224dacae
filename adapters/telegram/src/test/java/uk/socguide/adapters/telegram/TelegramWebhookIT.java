package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;
import uk.socguide.core.dialogue.TurnObserver;
import uk.socguide.core.testing.SampleEngine;

/** The adapter in webhook mode: updates posted to its endpoint, replies sent to a fake Bot API. */
class TelegramWebhookIT {

  private static final String SECRET = "webhook-secret_for-tests-0123456789";
  private static final String URL = "https://guide.example.gov.uk/telegram/webhook";

  private static FakeBotApi api;
  private static SampleEngine sample;
  private static RecordingTurns turns;
  private static TelegramAdapter adapter;
  private static HttpEndpoint webhook;
  private static long nextChat = 8_200_000L;

  @BeforeAll
  static void start() throws Exception {
    api = new FakeBotApi();
    sample = SampleEngine.create();
    turns = new RecordingTurns(sample.engine());
    adapter = Harness.adapter(settings(api), turns, TurnObserver.NONE);
    webhook = adapter.webhook().orElseThrow();
    adapter.start().get(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    adapter.close();
    api.close();
    sample.close();
  }

  static TelegramSettings settings(FakeBotApi api) {
    return Harness.settings(
        api,
        Map.of(
            TelegramSettings.MODE, "webhook",
            TelegramSettings.WEBHOOK_URL, URL,
            TelegramSettings.WEBHOOK_SECRET, SECRET));
  }

  private static synchronized long chat() {
    return ++nextChat;
  }

  static HttpResponse post(HttpEndpoint endpoint, String secret, String body) {
    Map<String, String> headers = new HashMap<>();
    headers.put("content-type", "application/json");
    if (secret != null) {
      headers.put("x-telegram-bot-api-secret-token", secret);
    }
    return endpoint.handle(
        new HttpRequest(
            "POST",
            TelegramAdapter.WEBHOOK_PATH,
            headers,
            body.getBytes(StandardCharsets.UTF_8),
            "127.0.0.1"));
  }

  @Test
  void startUpRegistersTheWebhookWithItsSecretAndTheCommands() {
    JsonNode setWebhook = api.calls("setWebhook").get(0).params();
    assertThat(setWebhook.path("url").asText()).isEqualTo(URL);
    assertThat(setWebhook.path("secret_token").asText()).isEqualTo(SECRET);
    assertThat(setWebhook.path("allowed_updates").asText())
        .contains("message", "edited_message", "callback_query");
    assertThat(api.calls("setMyCommands")).hasSize(1);
    assertThat(api.calls("deleteWebhook")).isEmpty();
    assertThat(api.calls("getUpdates")).isEmpty();
  }

  @Test
  void anUpdateWithTheRightSecretIsAcceptedAtOnceAndAnswered() throws Exception {
    long chat = chat();
    HttpResponse response =
        post(webhook, SECRET, Updates.text(Updates.nextId(), chat, chat, "what is the NCA?"));

    assertThat(response.status()).isEqualTo(200);
    assertThat(api.awaitMessages(chat, 1)).hasSize(1);
    assertThat(turns.inConversation(Harness.conversation(chat)))
        .extracting(InboundMessage::text)
        .containsExactly("what is the NCA?");
  }

  @Test
  void aMissingOrWrongSecretIs401AndNothingIsProcessed() throws Exception {
    long chat = chat();
    HttpResponse missing =
        post(webhook, null, Updates.text(Updates.nextId(), chat, chat, "no secret"));
    HttpResponse wrong =
        post(webhook, SECRET + "x", Updates.text(Updates.nextId(), chat, chat, "wrong secret"));
    HttpResponse empty = post(webhook, "", Updates.text(Updates.nextId(), chat, chat, "empty"));
    // the same chat's lane answers in order, so once this one is answered the others would
    // have been too
    post(webhook, SECRET, Updates.text(Updates.nextId(), chat, chat, "right secret"));

    assertThat(missing.status()).isEqualTo(401);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(empty.status()).isEqualTo(401);
    assertThat(api.awaitMessages(chat, 1)).hasSize(1);
    assertThat(turns.inConversation(Harness.conversation(chat)))
        .extracting(InboundMessage::text)
        .containsExactly("right secret");
  }

  @Test
  void aMalformedUpdateIs400() {
    for (String body :
        List.of(
            "",
            "not json",
            "[1,2,3]",
            "{\"message\":{}}",
            "{\"update_id\":\"12\"}",
            "{\"update_id\":99999999999999}",
            "{\"update_id\":1.5}",
            "{\"update_id\":5,\"message\":{\"message_id\":\"x\"}}",
            "{".repeat(5000))) {
      assertThat(post(webhook, SECRET, body).status()).as(body).isEqualTo(400);
    }
  }

  @Test
  void anythingButPostIs405() {
    HttpResponse response =
        webhook.handle(
            new HttpRequest(
                "GET", TelegramAdapter.WEBHOOK_PATH, Map.of(), new byte[0], "127.0.0.1"));

    assertThat(response.status()).isEqualTo(405);
  }

  @Test
  void anUpdateTelegramRetriesIsHandledOnce() throws Exception {
    long chat = chat();
    int id = Updates.nextId();
    String update = Updates.text(id, chat, chat, "what is cuckooing?");

    assertThat(post(webhook, SECRET, update).status()).isEqualTo(200);
    assertThat(post(webhook, SECRET, update).status()).isEqualTo(200);
    assertThat(post(webhook, SECRET, update).status()).isEqualTo(200);
    post(webhook, SECRET, Updates.text(Updates.nextId(), chat, chat, "thanks"));

    assertThat(api.awaitMessages(chat, 2)).hasSize(2);
    assertThat(turns.inConversation(Harness.conversation(chat)))
        .extracting(InboundMessage::text)
        .containsExactly("what is cuckooing?", "thanks");
  }

  @Test
  void aButtonPressIsAnsweredBeforeTheTurnRuns() throws Exception {
    long chat = chat();
    post(webhook, SECRET, Updates.text(Updates.nextId(), chat, chat, "how do I report fraud?"));
    String data =
        api.awaitMessages(chat, 1)
            .get(0)
            .params()
            .path("reply_markup")
            .findValuesAsText("callback_data")
            .get(0);

    post(webhook, SECRET, Updates.callback(Updates.nextId(), chat, chat, data));

    assertThat(api.awaitMessages(chat, 2)).hasSize(2);
    List<FakeBotApi.Call> answers = api.calls("answerCallbackQuery");
    assertThat(answers).isNotEmpty();
  }

  @Test
  void aFloodIsCutOffWithoutHoldingUpOthersAndIsToldOnceToWaitAndAskAgain() throws Exception {
    ListAppender<ILoggingEvent> logs = capture(FloodGate.class);
    try (FakeBotApi slow = new FakeBotApi()) {
      // each reply takes a while to send, so the flood piles up behind the first message
      slow.slow("sendMessage", Duration.ofMillis(300));
      TelegramAdapter adapter =
          new TelegramAdapter(
              settings(slow), turns, Harness.USER_IDS, TurnObserver.NONE, Harness.FAST);
      try {
        adapter.start().get(10, TimeUnit.SECONDS);
        HttpEndpoint endpoint = adapter.webhook().orElseThrow();
        long flooder = chat();
        int backlog = Harness.FAST.perChatBacklog();
        for (int i = 0; i < 25; i++) {
          HttpResponse r =
              post(endpoint, SECRET, Updates.text(Updates.nextId(), flooder, flooder, "spam " + i));
          assertThat(r.status()).isEqualTo(200);
        }
        long other = chat();
        post(endpoint, SECRET, Updates.text(Updates.nextId(), other, other, "what is the NCA?"));

        assertThat(slow.awaitMessages(other, 1)).hasSize(1);
        // the backlog's answers, and one notice for the fifteen dropped, not fifteen notices
        turns.awaitTurn(Harness.conversation(flooder), backlog);
        List<String> sent = texts(slow.awaitMessages(flooder, backlog + 1));
        assertThat(sent).hasSize(backlog + 1).containsOnlyOnce(Conversation.BUSY);
        // the notice does not queue behind the answers it is about
        assertThat(sent.indexOf(Conversation.BUSY)).isLessThan(backlog);
        JsonNode notice =
            slow.calls("sendMessage").stream()
                .filter(c -> c.params().path("text").asText().equals(Conversation.BUSY))
                .findFirst()
                .orElseThrow()
                .params();
        assertThat(notice.has("reply_markup")).isFalse();
        assertThat(adapter.droppedUpdates()).isEqualTo(25 - backlog);
        assertThat(turns.inConversation(Harness.conversation(flooder))).hasSize(backlog);

        // once the backlog is worked off, the chat is heard again, with no further notice
        post(endpoint, SECRET, Updates.text(Updates.nextId(), flooder, flooder, "last one"));
        turns.awaitTurn(Harness.conversation(flooder), backlog + 1);
        assertThat(texts(slow.awaitMessages(flooder, backlog + 2)))
            .hasSize(backlog + 2)
            .containsOnlyOnce(Conversation.BUSY);

        String hashed = Harness.conversation(flooder);
        // the episode ends, and is logged, when the chat's last reply has been sent
        List<String> lines = awaitLine(logs, wantedEnd(hashed, 25 - backlog));
        assertThat(lines)
            .anyMatch(l -> l.contains(hashed) && l.contains("too many messages waiting"))
            .anyMatch(wantedEnd(hashed, 25 - backlog))
            .noneMatch(l -> l.contains(Long.toString(flooder)))
            .noneMatch(l -> l.contains("spam"));
        assertThat(logs.list)
            .filteredOn(e -> e.getFormattedMessage().contains(hashed))
            .allMatch(e -> e.getLevel() == Level.INFO);
      } finally {
        adapter.close();
        ((Logger) LoggerFactory.getLogger(FloodGate.class)).detachAppender(logs);
      }
    }
  }

  @Test
  void aBusyGroupHasALongerBacklogAndIsToldOnceInReplyToADroppedMessage() throws Exception {
    try (FakeBotApi slow = new FakeBotApi()) {
      slow.slow("sendMessage", Duration.ofMillis(200));
      TelegramAdapter adapter =
          new TelegramAdapter(
              settings(slow), turns, Harness.USER_IDS, TurnObserver.NONE, Harness.FAST);
      try {
        adapter.start().get(10, TimeUnit.SECONDS);
        HttpEndpoint endpoint = adapter.webhook().orElseThrow();
        long group = -1_000_000_000_000L - chat();
        int backlog = Harness.FAST.perGroupBacklog();
        assertThat(backlog).isGreaterThan(Harness.FAST.perChatBacklog());
        for (int i = 0; i < backlog + 5; i++) {
          long member = chat();
          assertThat(
                  post(
                          endpoint,
                          SECRET,
                          Updates.groupCommand(Updates.nextId(), group, member, "/nca"))
                      .status())
              .isEqualTo(200);
        }

        turns.awaitTurn(Harness.conversation(group), backlog);
        List<FakeBotApi.Call> sent = slow.awaitMessages(group, backlog + 1);
        assertThat(texts(sent)).hasSize(backlog + 1).containsOnlyOnce(Conversation.BUSY);
        JsonNode notice =
            sent.stream()
                .filter(c -> c.params().path("text").asText().equals(Conversation.BUSY))
                .findFirst()
                .orElseThrow()
                .params();
        assertThat(notice.path("reply_parameters").path("message_id").isInt()).isTrue();
        assertThat(notice.has("reply_markup")).isFalse();
        assertThat(adapter.droppedUpdates()).isEqualTo(5);
        assertThat(turns.inConversation(Harness.conversation(group))).hasSize(backlog);
      } finally {
        adapter.close();
      }
    }
  }

  private static List<String> texts(List<FakeBotApi.Call> calls) {
    return calls.stream().map(c -> c.params().path("text").asText()).toList();
  }

  private static ListAppender<ILoggingEvent> capture(Class<?> source) {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    ((Logger) LoggerFactory.getLogger(source)).addAppender(logs);
    return logs;
  }

  private static Predicate<String> wantedEnd(String hashedChat, int dropped) {
    return l -> l.contains(hashedChat) && l.contains("caught up; " + dropped + " of its messages");
  }

  private static List<String> awaitLine(ListAppender<ILoggingEvent> logs, Predicate<String> wanted)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      List<String> lines;
      synchronized (logs.list) {
        lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      }
      if (lines.stream().anyMatch(wanted) || System.nanoTime() > deadline) {
        return lines;
      }
      Thread.sleep(20);
    }
  }

  @Test
  void beforeStartAndAfterCloseTheEndpointAnswers503() throws Exception {
    try (FakeBotApi other = new FakeBotApi()) {
      TelegramAdapter idle = Harness.adapter(settings(other), turns, TurnObserver.NONE);
      HttpEndpoint endpoint = idle.webhook().orElseThrow();
      long chat = chat();
      try {
        assertThat(
                post(endpoint, SECRET, Updates.text(Updates.nextId(), chat, chat, "hi")).status())
            .isEqualTo(503);
        idle.start().get(10, TimeUnit.SECONDS);
        assertThat(
                post(endpoint, SECRET, Updates.text(Updates.nextId(), chat, chat, "hi")).status())
            .isEqualTo(200);
      } finally {
        idle.close();
      }
      assertThat(post(endpoint, SECRET, Updates.text(Updates.nextId(), chat, chat, "hi")).status())
          .isEqualTo(503);
    }
  }
}
