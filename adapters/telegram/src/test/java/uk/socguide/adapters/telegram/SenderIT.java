package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import uk.socguide.core.testing.CountingObserver;

/** Sending through the real Bot API client to the fake server, with failures scripted. */
class SenderIT {

  private static FakeBotApi api;
  private static TelegramHttp http;
  private static OkHttpTelegramClient client;
  private CountingObserver observer;
  private Sender sender;

  @BeforeAll
  static void start() throws Exception {
    api = new FakeBotApi();
    http = new TelegramHttp();
    client =
        new OkHttpTelegramClient(
            http.client(),
            FakeBotApi.TOKEN,
            TelegramAdapter.telegramUrl(Harness.settings(api, Map.of())));
  }

  @AfterAll
  static void stop() throws Exception {
    http.close();
    api.close();
  }

  @BeforeEach
  void fresh() {
    api.reset();
    observer = new CountingObserver();
    sender =
        new Sender(client, new RateLimiter(Harness.FAST.limits()), Harness.FAST.limits(), observer);
  }

  private static SendMessage message(long chat, String text) {
    return SendMessage.builder().chatId(chat).text(text).build();
  }

  @Test
  void aMessageTheLibraryRefusesIsNotRetried() throws Exception {
    assertThat(sender.send(message(1, ""), 1, false)).isFalse();

    assertThat(api.calls("sendMessage")).isEmpty();
    assertThat(observer.failedDeliveries()).containsExactly("telegram");
  }

  @Test
  void aLastingOutageIsGivenUpAfterTheSetAttemptsAndCounted() throws Exception {
    api.failNext(
        "sendMessage",
        FakeBotApi.Failure.DROP_CONNECTION,
        FakeBotApi.Failure.BAD_GATEWAY,
        FakeBotApi.Failure.DROP_CONNECTION,
        FakeBotApi.Failure.BAD_GATEWAY);

    assertThat(sender.send(message(2, "hello"), 2, false)).isFalse();

    assertThat(api.calls("sendMessage")).hasSize(Harness.FAST.limits().attempts());
    assertThat(observer.failedDeliveries()).containsExactly("telegram");
  }

  @Test
  void aShortOutageIsRiddenOut() throws Exception {
    api.failNext("sendMessage", FakeBotApi.Failure.DROP_CONNECTION);

    assertThat(sender.send(message(3, "hello"), 3, false)).isTrue();

    assertThat(api.calls("sendMessage")).hasSize(2);
    assertThat(observer.failedDeliveries()).isEmpty();
  }

  @Test
  void once429TheSendWaitsAndSucceeds() throws Exception {
    api.failNext("sendMessage", FakeBotApi.Failure.TOO_MANY_REQUESTS);

    assertThat(sender.send(message(4, "hello"), 4, false)).isTrue();

    assertThat(api.calls("sendMessage")).hasSize(2);
  }

  @Test
  void whenClosingAFailureIsGivenUpAtOnce() throws Exception {
    api.failNext("sendMessage", FakeBotApi.Failure.BAD_GATEWAY, FakeBotApi.Failure.BAD_GATEWAY);
    sender.closing();

    assertThat(sender.send(message(5, "hello"), 5, false)).isFalse();

    assertThat(api.calls("sendMessage")).hasSize(1);
  }
}
