package uk.socguide.adapters.telegram;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.UserIds;
import uk.socguide.core.dialogue.TurnObserver;

/**
 * Builds adapters that talk to a {@link FakeBotApi}, with limits shortened for tests. The engine
 * behind them is always the real one, on sample content ({@code SampleEngine}).
 */
final class Harness {

  static final UserIds USER_IDS =
      new UserIds("telegram-tests-user-id-key".getBytes(StandardCharsets.UTF_8));

  /** Short waits so retries and rate limits are exercised without slowing the suite. */
  static final Tuning FAST =
      new Tuning(
          new SendLimits(
              Duration.ofMillis(20),
              Duration.ofMillis(20),
              0,
              Duration.ofMillis(50),
              Duration.ofMillis(200),
              4),
          4,
          64,
          10,
          15,
          64,
          1000,
          Duration.ofHours(1),
          1000,
          Duration.ofSeconds(2),
          Duration.ofMillis(200),
          Clock.systemUTC());

  private Harness() {}

  static TelegramSettings settings(FakeBotApi api, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put(TelegramSettings.TOKEN, FakeBotApi.TOKEN);
    env.put(TelegramSettings.API_URL, api.url());
    return TelegramSettings.from(env::get).orElseThrow();
  }

  static TelegramAdapter adapter(
      TelegramSettings settings, TurnHandler turns, TurnObserver observer) {
    return new TelegramAdapter(settings, turns, USER_IDS, observer, FAST);
  }

  static String conversation(long chatId) {
    return USER_IDS.hash("telegram-chat", Long.toString(chatId));
  }

  static String user(long userId) {
    return USER_IDS.hash("telegram", Long.toString(userId));
  }
}
