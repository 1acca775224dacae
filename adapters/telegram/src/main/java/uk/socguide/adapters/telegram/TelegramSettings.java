package uk.socguide.adapters.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Telegram adapter's settings, read once from the app's settings source and validated.
 *
 * @param botToken the token BotFather issued; never logged ({@link #toString()} redacts it)
 * @param mode how updates arrive
 * @param webhookUrl the public https address Telegram posts updates to (webhook mode only)
 * @param webhookSecret the secret Telegram sends back in {@code X-Telegram-Bot-Api-Secret-Token}
 *     (webhook mode only)
 * @param apiUrl the Bot API server: Telegram's own, a self-hosted one, or a test fake
 * @param allowedUsers numeric Telegram user ids allowed to use the bot; empty means everyone
 */
public record TelegramSettings(
    String botToken,
    Mode mode,
    URI webhookUrl,
    String webhookSecret,
    URI apiUrl,
    Set<Long> allowedUsers) {

  public static final String TOKEN = "TELEGRAM_BOT_TOKEN";
  public static final String MODE = "TELEGRAM_MODE";
  public static final String WEBHOOK_URL = "TELEGRAM_WEBHOOK_URL";
  public static final String WEBHOOK_SECRET = "TELEGRAM_WEBHOOK_SECRET";
  public static final String API_URL = "TELEGRAM_API_URL";
  public static final String ALLOWED_USERS = "TELEGRAM_ALLOWED_USERS";

  static final URI DEFAULT_API_URL = URI.create("https://api.telegram.org");

  // BotFather tokens are "<bot id>:<35 characters>"; the length is not promised, so only the shape
  private static final Pattern TOKEN_SHAPE = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{20,200}");
  private static final Pattern SECRET_SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  /**
   * A setting with a bad value: which one, and what is wrong with it (never the value of a secret).
   */
  public static final class BadSetting extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String setting;
    private final String reason;

    BadSetting(String setting, String reason) {
      super(setting + " " + reason);
      this.setting = setting;
      this.reason = reason;
    }

    /** The setting's name, such as {@code TELEGRAM_MODE}. */
    public String setting() {
      return setting;
    }

    /** What is wrong, as a phrase that follows the name. */
    public String reason() {
      return reason;
    }
  }

  /** How updates reach the bot. */
  public enum Mode {
    /** The bot asks Telegram for updates; works behind a firewall with no public address. */
    POLLING,
    /** Telegram posts updates to the app's webhook route. */
    WEBHOOK
  }

  public TelegramSettings {
    allowedUsers = Collections.unmodifiableSet(new LinkedHashSet<>(allowedUsers));
  }

  /**
   * Reads and validates the settings.
   *
   * @param source returns a setting's value by name, or {@code null} when it is not set
   * @return empty when {@code TELEGRAM_BOT_TOKEN} is not set: the adapter is off
   * @throws BadSetting naming the first bad setting; the message never contains the token or the
   *     secret
   */
  public static Optional<TelegramSettings> from(Function<String, String> source) {
    String token = value(source, TOKEN);
    if (token == null) {
      return Optional.empty();
    }
    if (!TOKEN_SHAPE.matcher(token).matches()) {
      throw bad(TOKEN, "is not a bot token (BotFather gives one like 123456789:AAE...)");
    }
    Mode mode = mode(value(source, MODE));
    URI apiUrl = apiUrl(value(source, API_URL));
    Set<Long> allowed = allowedUsers(value(source, ALLOWED_USERS));
    String secret = value(source, WEBHOOK_SECRET);
    String url = value(source, WEBHOOK_URL);
    URI webhookUrl = null;
    if (mode == Mode.WEBHOOK) {
      webhookUrl = webhookUrl(url);
      if (secret == null) {
        throw bad(WEBHOOK_SECRET, "is required when " + MODE + "=webhook");
      }
      if (!SECRET_SHAPE.matcher(secret).matches()) {
        throw bad(WEBHOOK_SECRET, "must be 1 to 256 characters from A-Z, a-z, 0-9, _ and -");
      }
    } else {
      // polling ignores the webhook settings; a stray secret is dropped rather than kept in memory
      secret = null;
    }
    return Optional.of(new TelegramSettings(token, mode, webhookUrl, secret, apiUrl, allowed));
  }

  /** The bot's own user id, which is the number before the colon in its token. */
  long botId() {
    return Long.parseLong(botToken.substring(0, botToken.indexOf(':')));
  }

  boolean allows(long userId) {
    return allowedUsers.isEmpty() || allowedUsers.contains(userId);
  }

  @Override
  public String toString() {
    return "TelegramSettings[mode="
        + mode
        + ", webhookUrl="
        + webhookUrl
        + ", apiUrl="
        + apiUrl
        + ", allowedUsers="
        + allowedUsers.size()
        + " ids, botToken=<redacted>, webhookSecret=<redacted>]";
  }

  private static String value(Function<String, String> source, String name) {
    String v = source.apply(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static Mode mode(String value) {
    if (value == null) {
      return Mode.POLLING;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "polling" -> Mode.POLLING;
      case "webhook" -> Mode.WEBHOOK;
      default -> throw bad(MODE, "must be polling or webhook, not '" + printable(value) + "'");
    };
  }

  private static URI apiUrl(String value) {
    if (value == null) {
      return DEFAULT_API_URL;
    }
    URI uri = uri(API_URL, value);
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw bad(API_URL, "must start with http:// or https://");
    }
    if (uri.getHost() == null) {
      throw bad(API_URL, "has no host name");
    }
    String path = uri.getRawPath();
    if ((path != null && !path.isEmpty() && !path.equals("/"))
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw bad(API_URL, "must be only scheme, host and port, such as https://api.telegram.org");
    }
    return uri;
  }

  private static URI webhookUrl(String value) {
    if (value == null) {
      throw bad(WEBHOOK_URL, "is required when " + MODE + "=webhook");
    }
    URI uri = uri(WEBHOOK_URL, value);
    if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
      throw bad(WEBHOOK_URL, "must be a public https:// address (Telegram only calls https)");
    }
    return uri;
  }

  private static URI uri(String name, String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      throw bad(name, "is not a valid address: '" + printable(value) + "'");
    }
  }

  private static Set<Long> allowedUsers(String value) {
    Set<Long> ids = new LinkedHashSet<>();
    if (value == null) {
      return ids;
    }
    for (String part : value.split("[,;\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!part.matches("[0-9]{1,19}")) {
        throw bad(
            ALLOWED_USERS,
            "must list numeric Telegram user ids separated by commas; '"
                + printable(part)
                + "' is not one");
      }
      try {
        ids.add(Long.parseLong(part));
      } catch (NumberFormatException e) {
        throw bad(ALLOWED_USERS, "'" + printable(part) + "' is too large for a user id");
      }
    }
    return ids;
  }

  // a bad value is echoed back so the operator can see it, but short and without control characters
  private static String printable(String value) {
    String clean = value.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
  }

  private static BadSetting bad(String name, String problem) {
    return new BadSetting(name, problem);
  }
}
