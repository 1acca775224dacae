package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelegramSettingsTest {

  private static final String TOKEN = "123456789:AAE_secretpart-abcdefghijklmnopqrstu";
  private final Map<String, String> env = new HashMap<>(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));

  private TelegramSettings read() {
    return TelegramSettings.from(env::get).orElseThrow();
  }

  @Test
  void withoutATokenTheAdapterIsOff() {
    assertThat(TelegramSettings.from(Map.<String, String>of()::get)).isEmpty();
    assertThat(TelegramSettings.from(Map.of("TELEGRAM_BOT_TOKEN", "  ")::get)).isEmpty();
  }

  @Test
  void pollingAgainstTelegramItselfIsTheDefault() {
    TelegramSettings s = read();

    assertThat(s.mode()).isEqualTo(TelegramSettings.Mode.POLLING);
    assertThat(s.apiUrl()).isEqualTo(URI.create("https://api.telegram.org"));
    assertThat(s.allowedUsers()).isEmpty();
    assertThat(s.allows(99)).isTrue();
    assertThat(s.botId()).isEqualTo(123456789L);
  }

  @Test
  void webhookModeNeedsAnHttpsUrlAndASecret() {
    env.put("TELEGRAM_MODE", "Webhook");
    assertThatThrownBy(this::read).hasMessageStartingWith("TELEGRAM_WEBHOOK_URL ");

    env.put("TELEGRAM_WEBHOOK_URL", "http://guide.example.gov.uk/telegram/webhook");
    assertThatThrownBy(this::read)
        .hasMessageStartingWith("TELEGRAM_WEBHOOK_URL ")
        .hasMessageContaining("https");

    env.put("TELEGRAM_WEBHOOK_URL", "https://guide.example.gov.uk/telegram/webhook");
    assertThatThrownBy(this::read).hasMessageStartingWith("TELEGRAM_WEBHOOK_SECRET ");

    env.put("TELEGRAM_WEBHOOK_SECRET", "has spaces and ! marks");
    assertThatThrownBy(this::read)
        .hasMessageStartingWith("TELEGRAM_WEBHOOK_SECRET ")
        .hasMessageNotContaining("has spaces");

    env.put("TELEGRAM_WEBHOOK_SECRET", "s3cret_value-OK");
    TelegramSettings s = read();
    assertThat(s.mode()).isEqualTo(TelegramSettings.Mode.WEBHOOK);
    assertThat(s.webhookSecret()).isEqualTo("s3cret_value-OK");
  }

  @Test
  void aSecretLongerThanTelegramAllowsIsRefused() {
    env.put("TELEGRAM_MODE", "webhook");
    env.put("TELEGRAM_WEBHOOK_URL", "https://guide.example.gov.uk/telegram/webhook");
    env.put("TELEGRAM_WEBHOOK_SECRET", "a".repeat(257));

    assertThatThrownBy(this::read).hasMessageStartingWith("TELEGRAM_WEBHOOK_SECRET ");
  }

  @Test
  void anUnknownModeIsNamed() {
    env.put("TELEGRAM_MODE", "push");

    assertThatThrownBy(this::read)
        .isInstanceOf(TelegramSettings.BadSetting.class)
        .hasMessage("TELEGRAM_MODE must be polling or webhook, not 'push'")
        .satisfies(
            e -> {
              TelegramSettings.BadSetting bad = (TelegramSettings.BadSetting) e;
              assertThat(bad.setting()).isEqualTo("TELEGRAM_MODE");
              assertThat(bad.reason()).isEqualTo("must be polling or webhook, not 'push'");
            });
  }

  @Test
  void aMalformedTokenIsNamedButNeverEchoed() {
    env.put("TELEGRAM_BOT_TOKEN", "not-a-token-but-a-secret-anyway");

    assertThatThrownBy(this::read)
        .hasMessageStartingWith("TELEGRAM_BOT_TOKEN ")
        .hasMessageNotContaining("not-a-token");
  }

  @Test
  void theApiUrlIsOnlySchemeHostAndPort() {
    env.put("TELEGRAM_API_URL", "http://127.0.0.1:8081");
    assertThat(read().apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));

    env.put("TELEGRAM_API_URL", "ftp://127.0.0.1");
    assertThatThrownBy(this::read).hasMessageStartingWith("TELEGRAM_API_URL ");

    env.put("TELEGRAM_API_URL", "https://bots.example.org/api");
    assertThatThrownBy(this::read).hasMessageStartingWith("TELEGRAM_API_URL ");
  }

  @Test
  void theAllowListTakesNumericIds() {
    env.put("TELEGRAM_ALLOWED_USERS", " 1001, 1002 1003;1004 ");
    TelegramSettings s = read();

    assertThat(s.allowedUsers()).containsExactly(1001L, 1002L, 1003L, 1004L);
    assertThat(s.allows(1002)).isTrue();
    assertThat(s.allows(2000)).isFalse();

    env.put("TELEGRAM_ALLOWED_USERS", "1001,@someone");
    assertThatThrownBy(this::read)
        .hasMessageStartingWith("TELEGRAM_ALLOWED_USERS ")
        .hasMessageContaining("@someone");
  }

  @Test
  void printingTheSettingsNeverShowsTheTokenOrSecret() {
    env.put("TELEGRAM_MODE", "webhook");
    env.put("TELEGRAM_WEBHOOK_URL", "https://guide.example.gov.uk/telegram/webhook");
    env.put("TELEGRAM_WEBHOOK_SECRET", "s3cret_value-OK");

    assertThat(read().toString())
        .doesNotContain(TOKEN)
        .doesNotContain("secretpart")
        .doesNotContain("s3cret_value")
        .contains("WEBHOOK");
  }
}
