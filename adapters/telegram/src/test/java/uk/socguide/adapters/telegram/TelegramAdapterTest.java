package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.dialogue.TurnObserver;
import uk.socguide.core.testing.SampleEngine;

class TelegramAdapterTest {

  private static SampleEngine sample;
  private static TurnHandler engine;

  @BeforeAll
  static void engine() {
    sample = SampleEngine.create();
    engine = sample.engine();
  }

  @AfterAll
  static void closeEngine() {
    sample.close();
  }

  @Test
  void withoutATokenTheAdapterIsOffAndTheLogSaysSo() {
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    Logger log = (Logger) LoggerFactory.getLogger(TelegramAdapter.class);
    log.addAppender(logs);
    try {
      assertThat(
              TelegramAdapter.create(
                  Map.<String, String>of()::get, engine, Harness.USER_IDS, TurnObserver.NONE))
          .isEmpty();
    } finally {
      log.detachAppender(logs);
    }

    assertThat(logs.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("Telegram adapter off: TELEGRAM_BOT_TOKEN is not set");
  }

  @Test
  void aBadSettingStopsItBeingBuilt() {
    Map<String, String> env =
        Map.of(TelegramSettings.TOKEN, FakeBotApi.TOKEN, TelegramSettings.MODE, "webhook");

    assertThatThrownBy(
            () -> TelegramAdapter.create(env::get, engine, Harness.USER_IDS, TurnObserver.NONE))
        .isInstanceOf(TelegramSettings.BadSetting.class)
        .hasMessageStartingWith("TELEGRAM_WEBHOOK_URL");
  }

  @Test
  void pollingModeHasNoWebhookRoute() {
    Map<String, String> env = Map.of(TelegramSettings.TOKEN, FakeBotApi.TOKEN);
    try (TelegramAdapter adapter =
        TelegramAdapter.create(env::get, engine, Harness.USER_IDS, TurnObserver.NONE)
            .orElseThrow()) {
      assertThat(adapter.mode()).isEqualTo(TelegramSettings.Mode.POLLING);
      assertThat(adapter.webhook()).isEmpty();
      assertThat(adapter.isRunning()).isFalse();
    }
  }

  @Test
  void aClosedAdapterCannotBeStarted() {
    Map<String, String> env = Map.of(TelegramSettings.TOKEN, FakeBotApi.TOKEN);
    TelegramAdapter adapter =
        TelegramAdapter.create(env::get, engine, Harness.USER_IDS, TurnObserver.NONE).orElseThrow();
    adapter.close();
    adapter.close();

    assertThatThrownBy(adapter::start).isInstanceOf(IllegalStateException.class);
  }
}
