package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.socguide.core.dialogue.TurnObserver;
import uk.socguide.core.testing.SampleEngine;

/** Start-up against a Bot API that refuses the bot, or cannot be reached at first. */
class RegistrationIT {

  private static SampleEngine sample;

  @BeforeAll
  static void engine() {
    sample = SampleEngine.create();
  }

  @AfterAll
  static void closeEngine() {
    sample.close();
  }

  @Test
  void aRejectedTokenFailsStartUpNamingTheSetting() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      Map<String, String> env = new HashMap<>();
      env.put(TelegramSettings.TOKEN, "987654321:REVOKED-token-for-loopback-only_000");
      env.put(TelegramSettings.API_URL, api.url());
      env.put(TelegramSettings.MODE, "webhook");
      env.put(TelegramSettings.WEBHOOK_URL, "https://guide.example.gov.uk/telegram/webhook");
      env.put(TelegramSettings.WEBHOOK_SECRET, "s3cret");
      try (TelegramAdapter adapter =
          Harness.adapter(
              TelegramSettings.from(env::get).orElseThrow(), sample.engine(), TurnObserver.NONE)) {

        assertThatThrownBy(() -> adapter.start().get(10, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class)
            .hasMessageContaining("error 401")
            .hasMessageContaining("check TELEGRAM_BOT_TOKEN")
            .hasMessageNotContaining("REVOKED");
        assertThat(adapter.isRunning()).isFalse();
        long chat = 9_300_001L;
        assertThat(
                TelegramWebhookIT.post(
                        adapter.webhook().orElseThrow(),
                        "s3cret",
                        Updates.text(Updates.nextId(), chat, chat, "hello"))
                    .status())
            .isEqualTo(503);
      }
    }
  }

  @Test
  void aBadWebhookAddressIsReportedAsRefused() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      api.failNext("setWebhook", FakeBotApi.Failure.FORBIDDEN);
      try (TelegramAdapter adapter =
          Harness.adapter(TelegramWebhookIT.settings(api), sample.engine(), TurnObserver.NONE)) {

        assertThatThrownBy(() -> adapter.start().get(10, TimeUnit.SECONDS))
            .hasMessageContaining("error 403")
            .hasMessageContaining("check the TELEGRAM_* settings");
      }
    }
  }

  @Test
  void aBotApiThatIsDownAtFirstIsTriedAgainUntilItAnswers() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      api.failNext("getMe", FakeBotApi.Failure.DROP_CONNECTION, FakeBotApi.Failure.BAD_GATEWAY);
      try (TelegramAdapter adapter =
          Harness.adapter(Harness.settings(api, Map.of()), sample.engine(), TurnObserver.NONE)) {

        adapter.start().get(10, TimeUnit.SECONDS);

        assertThat(api.calls("getMe")).hasSize(3);
        assertThat(adapter.isRunning()).isTrue();
        long chat = 9_300_002L;
        api.deliver(Updates.text(Updates.nextId(), chat, chat, "what is the NCA?"));
        assertThat(api.awaitMessages(chat, 1)).hasSize(1);
      }
    }
  }
}
