package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamsSettingsTest {
  private static final String APP = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  private static final String TENANT = "11111111-2222-3333-4444-555555555555";

  private static Map<String, String> singleTenant() {
    Map<String, String> m = new HashMap<>();
    m.put("MicrosoftAppId", APP);
    m.put("MicrosoftAppPassword", "s3cret-value");
    m.put("MicrosoftAppTenantId", TENANT);
    m.put("MicrosoftAppType", "SingleTenant");
    return m;
  }

  private static TeamsSettingsException problem(Map<String, String> settings) {
    try {
      TeamsSettings.from(settings::get);
    } catch (TeamsSettingsException e) {
      return e;
    }
    throw new AssertionError("settings were accepted: " + settings);
  }

  @Test
  void noAppIdMeansUnauthenticatedLocalMode() {
    TeamsSettings settings = TeamsSettings.from(Map.<String, String>of()::get);
    assertThat(settings.authenticated()).isFalse();
    assertThat(settings.allowUnauthenticatedRemote()).isFalse();
  }

  @Test
  void singleTenantGetsTokensFromItsTenant() {
    TeamsSettings settings = TeamsSettings.from(singleTenant()::get);
    assertThat(settings.authenticated()).isTrue();
    assertThat(settings.appType()).isEqualTo(TeamsSettings.AppType.SINGLE_TENANT);
    assertThat(settings.loginUrl()).hasToString("https://login.microsoftonline.com/" + TENANT);
    assertThat(settings.openIdMetadata()).isEqualTo(TeamsSettings.DEFAULT_OPENID_METADATA);
  }

  @Test
  void appTypeDefaultsToSingleTenant() {
    Map<String, String> m = singleTenant();
    m.remove("MicrosoftAppType");
    assertThat(TeamsSettings.from(m::get).appType()).isEqualTo(TeamsSettings.AppType.SINGLE_TENANT);
  }

  @Test
  void multiTenantUsesTheBotFrameworkTenant() {
    Map<String, String> m = singleTenant();
    m.put("MicrosoftAppType", "multitenant");
    m.remove("MicrosoftAppTenantId");
    assertThat(TeamsSettings.from(m::get).loginUrl())
        .hasToString("https://login.microsoftonline.com/botframework.com");
  }

  @Test
  void explicitLoginUrlIsUsedAsTheAuthority() {
    Map<String, String> m = singleTenant();
    m.put("ToChannelFromBotLoginUrl", "https://login.microsoftonline.us/" + TENANT + "/");
    assertThat(TeamsSettings.from(m::get).loginUrl())
        .hasToString("https://login.microsoftonline.us/" + TENANT);
  }

  @Test
  void eachBadSettingIsNamed() {
    Map<String, String> m = singleTenant();
    m.put("MicrosoftAppType", "UserAssignedMSI");
    assertThat(problem(m).setting()).isEqualTo("MicrosoftAppType");

    m = singleTenant();
    m.remove("MicrosoftAppTenantId");
    assertThat(problem(m).setting()).isEqualTo("MicrosoftAppTenantId");

    m = singleTenant();
    m.put("MicrosoftAppTenantId", "not a tenant!");
    assertThat(problem(m).setting()).isEqualTo("MicrosoftAppTenantId");

    m = singleTenant();
    m.remove("MicrosoftAppPassword");
    assertThat(problem(m).setting()).isEqualTo("MicrosoftAppPassword");

    m = singleTenant();
    m.put("MicrosoftAppId", "my-bot");
    assertThat(problem(m).setting()).isEqualTo("MicrosoftAppId");

    m = singleTenant();
    m.remove("MicrosoftAppId");
    assertThat(problem(m).setting()).isEqualTo("MicrosoftAppId");

    m = singleTenant();
    m.put("ToChannelFromBotLoginUrl", "http://login.example/" + TENANT);
    assertThat(problem(m).getMessage()).startsWith("ToChannelFromBotLoginUrl: ").contains("https");

    m = singleTenant();
    m.put("ToChannelFromBotLoginUrl", "https://login.example");
    assertThat(problem(m).setting()).isEqualTo("ToChannelFromBotLoginUrl");

    m = singleTenant();
    m.put("BotOpenIdMetadata", "http://keys.example/openid");
    assertThat(problem(m).setting()).isEqualTo("BotOpenIdMetadata");

    m = singleTenant();
    m.put("BotOpenIdMetadata", "::not a url");
    assertThat(problem(m).setting()).isEqualTo("BotOpenIdMetadata");

    m = new HashMap<>();
    m.put("TeamsAllowUnauthenticatedRemote", "yes please");
    assertThat(problem(m).setting()).isEqualTo("TeamsAllowUnauthenticatedRemote");
  }

  @Test
  void plainHttpMetadataIsAllowedOnLoopbackOnly() {
    Map<String, String> m = singleTenant();
    m.put("BotOpenIdMetadata", "http://127.0.0.1:9999/v1/.well-known/openidconfiguration");
    assertThat(TeamsSettings.from(m::get).openIdMetadata().getPort()).isEqualTo(9999);
  }

  @Test
  void thePasswordNeverAppearsInText() {
    TeamsSettings settings = TeamsSettings.from(singleTenant()::get);
    assertThat(settings.toString()).doesNotContain("s3cret-value").contains("***");
    Map<String, String> m = singleTenant();
    m.put("MicrosoftAppType", "nonsense");
    assertThat(problem(m).getMessage()).doesNotContain("s3cret-value");
  }

  @Test
  void unauthenticatedFactoryIsLocalOnly() {
    assertThat(TeamsSettings.unauthenticated().authenticated()).isFalse();
    assertThatThrownBy(() -> TeamsSettings.from(Map.of("MicrosoftAppPassword", "x")::get))
        .isInstanceOf(TeamsSettingsException.class)
        .hasMessageStartingWith("MicrosoftAppId: ");
  }
}
