package uk.socguide.adapters.teams;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the Teams app package says about the bot, read from settings; names and lengths follow the
 * app manifest schema 1.25 so that Teams accepts the upload.
 *
 * @param appId the bot's Microsoft App ID, also used as the Teams app id
 * @param shortName at most 30 characters
 * @param fullName at most 100 characters
 * @param shortDescription at most 80 characters
 * @param longDescription at most 4,000 characters
 * @param developerName at most 32 characters
 * @param accentColor {@code #RRGGBB}, the background of the colour icon
 * @param version the app version, {@code MAJOR.MINOR.PATCH}
 */
public record TeamsPackageSettings(
    String appId,
    String shortName,
    String fullName,
    String shortDescription,
    String longDescription,
    String developerName,
    URI websiteUrl,
    URI privacyUrl,
    URI termsOfUseUrl,
    String accentColor,
    String version) {

  public static final String NAME = "TeamsAppName";
  public static final String FULL_NAME = "TeamsAppFullName";
  public static final String SHORT_DESCRIPTION = "TeamsAppShortDescription";
  public static final String LONG_DESCRIPTION = "TeamsAppLongDescription";
  public static final String DEVELOPER_NAME = "TeamsDeveloperName";
  public static final String WEBSITE_URL = "TeamsWebsiteUrl";
  public static final String PRIVACY_URL = "TeamsPrivacyUrl";
  public static final String TERMS_URL = "TeamsTermsOfUseUrl";
  public static final String ACCENT_COLOR = "TeamsAccentColor";
  public static final String VERSION = "TeamsAppVersion";

  static final String DEFAULT_NAME = "SOC Guide";
  static final String DEFAULT_FULL_NAME = "SOC Guide: serious and organised crime guidance";
  static final String DEFAULT_SHORT_DESCRIPTION =
      "Guidance on serious and organised crime for councillors";
  static final String DEFAULT_LONG_DESCRIPTION =
      "SOC Guide answers councillors' questions about serious and organised crime in their area:"
          + " what county lines, cuckooing, modern slavery and other harms look like, who does"
          + " what (council, police, the National Crime Agency and partners) and how to report a"
          + " concern. Every answer cites its source and the date it was last reviewed. It gives"
          + " guidance only: it does not take reports, and anyone in danger now should call 999.";
  static final String DEFAULT_ACCENT = "#1F4E79";

  private static final Pattern GUID =
      Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
  private static final Pattern HEX_COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
  private static final Pattern SEMVER =
      Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

  public TeamsPackageSettings {
    appId = required(TeamsSettings.APP_ID, appId);
    if (!GUID.matcher(appId).matches()) {
      throw new TeamsSettingsException(TeamsSettings.APP_ID, "must be a GUID");
    }
    shortName = bounded(NAME, shortName, 30);
    fullName = bounded(FULL_NAME, fullName, 100);
    shortDescription = bounded(SHORT_DESCRIPTION, shortDescription, 80);
    longDescription = bounded(LONG_DESCRIPTION, longDescription, 4000);
    developerName = bounded(DEVELOPER_NAME, developerName, 32);
    requireHttps(WEBSITE_URL, websiteUrl);
    requireHttps(PRIVACY_URL, privacyUrl);
    requireHttps(TERMS_URL, termsOfUseUrl);
    if (accentColor == null || !HEX_COLOR.matcher(accentColor).matches()) {
      throw new TeamsSettingsException(ACCENT_COLOR, "must be a colour such as #1F4E79");
    }
    if (version == null || !SEMVER.matcher(version).matches()) {
      throw new TeamsSettingsException(VERSION, "must be MAJOR.MINOR.PATCH, such as 1.0.0");
    }
  }

  /**
   * Reads the package settings; names, descriptions, colour and version have defaults, the app id,
   * developer name and the three URLs must be given.
   *
   * @throws TeamsSettingsException naming the first missing or bad setting
   */
  public static TeamsPackageSettings from(Function<String, String> source) {
    return new TeamsPackageSettings(
        value(source, TeamsSettings.APP_ID, null),
        value(source, NAME, DEFAULT_NAME),
        value(source, FULL_NAME, DEFAULT_FULL_NAME),
        value(source, SHORT_DESCRIPTION, DEFAULT_SHORT_DESCRIPTION),
        value(source, LONG_DESCRIPTION, DEFAULT_LONG_DESCRIPTION),
        value(source, DEVELOPER_NAME, null),
        url(source, WEBSITE_URL),
        url(source, PRIVACY_URL),
        url(source, TERMS_URL),
        value(source, ACCENT_COLOR, DEFAULT_ACCENT),
        value(source, VERSION, "1.0.0"));
  }

  private static String value(Function<String, String> source, String name, String fallback) {
    String v = source.apply(name);
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  private static URI url(Function<String, String> source, String name) {
    String v = value(source, name, null);
    if (v == null) {
      throw new TeamsSettingsException(name, "required for the Teams app package");
    }
    try {
      return new URI(v);
    } catch (URISyntaxException e) {
      throw new TeamsSettingsException(name, "is not a valid URL");
    }
  }

  private static String required(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new TeamsSettingsException(name, "required for the Teams app package");
    }
    return value.strip();
  }

  private static String bounded(String name, String value, int max) {
    String v = required(name, value);
    if (v.length() > max) {
      throw new TeamsSettingsException(name, "must be at most " + max + " characters");
    }
    return v;
  }

  private static void requireHttps(String name, URI url) {
    if (url == null) {
      throw new TeamsSettingsException(name, "required for the Teams app package");
    }
    if (!"https".equalsIgnoreCase(url.getScheme()) || url.getHost() == null) {
      throw new TeamsSettingsException(name, "must be an https URL");
    }
  }
}
