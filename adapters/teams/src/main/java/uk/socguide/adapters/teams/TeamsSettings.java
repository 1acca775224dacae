package uk.socguide.adapters.teams;

import java.net.URI;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How the Teams adapter talks to the Bot Framework, read from settings under their Bot Framework
 * names. An empty {@code MicrosoftAppId} means unauthenticated local mode.
 *
 * @param appId the bot's Microsoft Entra application (client) id, or empty for local mode
 * @param appPassword the application's client secret; never logged
 * @param tenantId the directory (tenant) id that issues the bot's outgoing tokens (single tenant)
 * @param appType single or multi tenant
 * @param openIdMetadata where the Bot Connector's signing keys are published
 * @param loginUrl the authority outgoing tokens are requested from (https only)
 * @param allowUnauthenticatedRemote lets local mode accept requests from other hosts than this one
 */
public record TeamsSettings(
    String appId,
    String appPassword,
    String tenantId,
    AppType appType,
    URI openIdMetadata,
    URI loginUrl,
    boolean allowUnauthenticatedRemote) {

  public static final String APP_ID = "MicrosoftAppId";
  public static final String APP_PASSWORD = "MicrosoftAppPassword";
  public static final String TENANT_ID = "MicrosoftAppTenantId";
  public static final String APP_TYPE = "MicrosoftAppType";
  public static final String OPENID_METADATA = "BotOpenIdMetadata";
  public static final String LOGIN_URL = "ToChannelFromBotLoginUrl";
  public static final String ALLOW_UNAUTHENTICATED_REMOTE = "TeamsAllowUnauthenticatedRemote";

  /** The Bot Connector's published OpenID metadata (public Azure). */
  public static final URI DEFAULT_OPENID_METADATA =
      URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration");

  static final String LOGIN_HOST = "https://login.microsoftonline.com/";
  static final String MULTI_TENANT_AUTHORITY_TENANT = "botframework.com";

  private static final Pattern GUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern TENANT_DOMAIN =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9-]{1,63})+");

  /** Whether the Azure Bot resource was registered for one tenant or for any. */
  public enum AppType {
    SINGLE_TENANT("SingleTenant"),
    MULTI_TENANT("MultiTenant");

    private final String settingValue;

    AppType(String settingValue) {
      this.settingValue = settingValue;
    }

    /** The value as written in settings and in the Azure portal. */
    public String settingValue() {
      return settingValue;
    }
  }

  public TeamsSettings {
    appId = appId == null ? "" : appId;
    appPassword = appPassword == null ? "" : appPassword;
    tenantId = tenantId == null ? "" : tenantId;
  }

  /** Local mode: no app id, so requests are not authenticated and only loopback is served. */
  public static TeamsSettings unauthenticated() {
    return new TeamsSettings(
        "", "", "", AppType.SINGLE_TENANT, DEFAULT_OPENID_METADATA, null, false);
  }

  /**
   * Reads and validates the settings.
   *
   * @param source returns a setting's value by its conventional name, or {@code null} when unset
   * @throws TeamsSettingsException naming the first bad setting
   */
  public static TeamsSettings from(Function<String, String> source) {
    String appId = trimmed(source, APP_ID);
    String password = source.apply(APP_PASSWORD) == null ? "" : source.apply(APP_PASSWORD);
    String tenant = trimmed(source, TENANT_ID);
    AppType type = appType(trimmed(source, APP_TYPE));
    URI metadata = metadataUrl(trimmed(source, OPENID_METADATA));
    boolean allowRemote = bool(trimmed(source, ALLOW_UNAUTHENTICATED_REMOTE));

    if (appId.isEmpty()) {
      if (!password.isEmpty()) {
        throw new TeamsSettingsException(APP_ID, "required when " + APP_PASSWORD + " is set");
      }
      URI login = loginUrl(trimmed(source, LOGIN_URL));
      return new TeamsSettings("", "", tenant, type, metadata, login, allowRemote);
    }
    if (!GUID.matcher(appId).matches()) {
      throw new TeamsSettingsException(
          APP_ID, "must be the application (client) id, a GUID such as 00000000-0000-...");
    }
    if (password.isBlank()) {
      throw new TeamsSettingsException(APP_PASSWORD, "required when " + APP_ID + " is set");
    }
    if (type == AppType.SINGLE_TENANT) {
      if (tenant.isEmpty()) {
        throw new TeamsSettingsException(
            TENANT_ID, "required for a SingleTenant app (the directory id shown in Azure)");
      }
      if (!GUID.matcher(tenant).matches() && !TENANT_DOMAIN.matcher(tenant).matches()) {
        throw new TeamsSettingsException(TENANT_ID, "must be a directory GUID or a domain name");
      }
    }
    URI login = loginUrl(trimmed(source, LOGIN_URL));
    if (login == null) {
      String authorityTenant =
          type == AppType.SINGLE_TENANT ? tenant : MULTI_TENANT_AUTHORITY_TENANT;
      login = URI.create(LOGIN_HOST + authorityTenant);
    }
    return new TeamsSettings(appId, password, tenant, type, metadata, login, allowRemote);
  }

  /** True when incoming requests are authenticated and outgoing replies carry a token. */
  public boolean authenticated() {
    return !appId.isEmpty();
  }

  @Override
  public String toString() {
    return "TeamsSettings[appId="
        + appId
        + ", appPassword="
        + (appPassword.isEmpty() ? "" : "***")
        + ", tenantId="
        + tenantId
        + ", appType="
        + appType.settingValue()
        + ", openIdMetadata="
        + openIdMetadata
        + ", loginUrl="
        + loginUrl
        + ", allowUnauthenticatedRemote="
        + allowUnauthenticatedRemote
        + "]";
  }

  private static String trimmed(Function<String, String> source, String name) {
    String value = source.apply(name);
    return value == null ? "" : value.strip();
  }

  private static AppType appType(String value) {
    if (value.isEmpty()) {
      return AppType.SINGLE_TENANT;
    }
    for (AppType type : AppType.values()) {
      if (type.settingValue().equalsIgnoreCase(value)) {
        return type;
      }
    }
    throw new TeamsSettingsException(
        APP_TYPE, "must be SingleTenant or MultiTenant (UserAssignedMSI is not supported)");
  }

  private static URI metadataUrl(String value) {
    if (value.isEmpty()) {
      return DEFAULT_OPENID_METADATA;
    }
    URI uri = absoluteUrl(OPENID_METADATA, value);
    if (!"https".equals(uri.getScheme()) && !Loopback.isLoopbackHost(uri.getHost())) {
      throw new TeamsSettingsException(
          OPENID_METADATA, "must be an https URL (plain http only on this machine's loopback)");
    }
    return uri;
  }

  private static URI loginUrl(String value) {
    if (value.isEmpty()) {
      return null;
    }
    URI uri =
        absoluteUrl(
            LOGIN_URL, value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    if (!"https".equals(uri.getScheme())) {
      throw new TeamsSettingsException(LOGIN_URL, "must be an https URL");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (path.length() < 2 || uri.getQuery() != null || uri.getFragment() != null) {
      throw new TeamsSettingsException(
          LOGIN_URL, "must name the authority with its tenant, such as " + LOGIN_HOST + "TENANT");
    }
    return uri;
  }

  private static URI absoluteUrl(String setting, String value) {
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new TeamsSettingsException(setting, "must be an absolute URL");
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("https") && !scheme.equals("http")) {
        throw new TeamsSettingsException(setting, "must be an http(s) URL");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new TeamsSettingsException(setting, "is not a valid URL");
    }
  }

  private static boolean bool(String value) {
    if (value.isEmpty() || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new TeamsSettingsException(ALLOW_UNAUTHENTICATED_REMOTE, "must be true or false");
  }
}
