package uk.socguide.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.socguide.app.config.ConfigException;
import uk.socguide.app.config.Settings;

class WorkspaceSettingsTest {

  private static WorkspaceSettings load(Map<String, String> env, String host) {
    return WorkspaceSettings.from(Settings.of(Map.of(), env), host);
  }

  @Test
  void cookiesAreSecureAndSessionsIdleOutAfterAnHourByDefault() {
    assertThat(load(Map.of(), "0.0.0.0"))
        .isEqualTo(new WorkspaceSettings(true, Duration.ofMinutes(60)));
  }

  @Test
  void insecureCookiesAreAllowedOnlyOnALoopbackAddress() {
    Map<String, String> off = Map.of("SOC_GUIDE_SECURE_COOKIES", "false");
    assertThat(load(off, "127.0.0.1").secureCookies()).isFalse();
    assertThat(load(off, "localhost").secureCookies()).isFalse();
    assertThatThrownBy(() -> load(off, "0.0.0.0"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(
            "bad setting SOC_GUIDE_SECURE_COOKIES (environment): may be false only");
  }

  @Test
  void badValuesNameTheSetting() {
    assertThatThrownBy(() -> load(Map.of("SOC_GUIDE_SECURE_COOKIES", "maybe"), "127.0.0.1"))
        .hasMessage("bad setting SOC_GUIDE_SECURE_COOKIES (environment): must be true or false");
    assertThatThrownBy(() -> load(Map.of("SOC_GUIDE_SESSION_IDLE_MINUTES", "1"), "127.0.0.1"))
        .hasMessage(
            "bad setting SOC_GUIDE_SESSION_IDLE_MINUTES (environment): must be a whole number from 5"
                + " to 720");
    assertThat(load(Map.of("SOC_GUIDE_SESSION_IDLE_MINUTES", "15"), "::1").sessionIdle())
        .isEqualTo(Duration.ofMinutes(15));
  }
}
