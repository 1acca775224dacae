package uk.socguide.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.socguide.adapters.telegram.TelegramAdapter;
import uk.socguide.adapters.telegram.TelegramSettings;
import uk.socguide.app.server.HealthCheck;
import uk.socguide.app.testing.FakeTelegramApi;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.UserIds;
import uk.socguide.core.dialogue.TurnObserver;

/**
 * The Telegram adapter as the application runs it, against a fake Bot API on loopback: its state in
 * {@code /health} never decides readiness, whether Telegram accepts the bot or refuses it.
 */
class TelegramChannelIT {
  private static final UserIds IDS =
      new UserIds("a test key that is long enough!!".getBytes(StandardCharsets.UTF_8));
  private static final TurnHandler NO_TURNS =
      message -> {
        throw new AssertionError("no turn was expected");
      };

  private static TelegramAdapter adapter(FakeTelegramApi api) {
    Map<String, String> values =
        Map.of(
            TelegramSettings.TOKEN, FakeTelegramApi.TOKEN,
            TelegramSettings.MODE, "webhook",
            TelegramSettings.WEBHOOK_URL, "https://guide.example.gov.uk/telegram/webhook",
            TelegramSettings.WEBHOOK_SECRET, "a-secret",
            TelegramSettings.API_URL, api.url());
    TelegramSettings settings = TelegramSettings.from(values::get).orElseThrow();
    // no update arrives in these tests, so the engine is never asked
    return new TelegramAdapter(settings, NO_TURNS, IDS, TurnObserver.NONE);
  }

  private static HealthCheck.Result awaitNot(TelegramChannel channel, String detailStart)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    HealthCheck.Result r = channel.check();
    while (r.detail().startsWith(detailStart) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      r = channel.check();
    }
    return r;
  }

  @Test
  void aRegisteredBotIsUpAndNeverDecidesReadiness() throws Exception {
    try (FakeTelegramApi api = FakeTelegramApi.accepting()) {
      TelegramChannel channel = new TelegramChannel(adapter(api));
      try {
        assertThat(channel.check()).isEqualTo(HealthCheck.Result.down("not started"));
        channel.start();

        HealthCheck.Result r = awaitNot(channel, "registering");

        assertThat(r).isEqualTo(HealthCheck.Result.up("registered, webhook mode"));
        assertThat(channel.neededForReadiness()).isFalse();
      } finally {
        channel.close();
      }
    }
  }

  @Test
  void aBotTelegramRefusesIsShownDownWithoutStoppingTheService() throws Exception {
    try (FakeTelegramApi api = FakeTelegramApi.refusing()) {
      TelegramChannel channel = new TelegramChannel(adapter(api));
      try {
        channel.start();

        HealthCheck.Result r = awaitNot(channel, "registering");

        assertThat(r).isEqualTo(HealthCheck.Result.down("Telegram refused the bot; see the log"));
        assertThat(api.calls("getMe")).hasSize(1);
      } finally {
        channel.close();
      }
    }
  }
}
