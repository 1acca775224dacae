package uk.socguide.app.commands;

import java.util.Optional;
import uk.socguide.adapters.teams.TeamsSettings;
import uk.socguide.adapters.teams.TeamsSettingsException;
import uk.socguide.adapters.telegram.TelegramSettings;
import uk.socguide.app.config.ConfigException;
import uk.socguide.app.config.Settings;

/**
 * The channel adapters' own typed settings, read from the app's settings by their names. Each is
 * checked at start-up, before anything is opened, so a bad channel setting stops it at once.
 */
final class Channels {
  private Channels() {}

  static TeamsSettings teamsSettings(Settings settings) {
    try {
      return TeamsSettings.from(name -> settings.value(name).orElse(null));
    } catch (TeamsSettingsException e) {
      throw new ConfigException("bad setting " + e.getMessage());
    }
  }

  /** Empty when {@code TELEGRAM_BOT_TOKEN} is not set: Telegram is off. */
  static Optional<TelegramSettings> telegramSettings(Settings settings) {
    try {
      return TelegramSettings.from(name -> settings.value(name).orElse(null));
    } catch (TelegramSettings.BadSetting e) {
      throw bad(settings, e.setting(), e.reason());
    }
  }

  /** One line naming the setting, where its value came from when it has one, and the problem. */
  private static ConfigException bad(Settings settings, String name, String reason) {
    String origin = settings.origin(name);
    return new ConfigException(
        "bad setting "
            + name
            + (origin.equals("default") ? "" : " (" + origin + ")")
            + ": "
            + reason);
  }
}
