package uk.socguide.app.commands;

import uk.socguide.adapters.teams.TeamsSettings;
import uk.socguide.adapters.teams.TeamsSettingsException;
import uk.socguide.app.config.ConfigException;
import uk.socguide.app.config.Settings;

/** The channel adapters' own typed settings, read from the app's settings by their names. */
final class Channels {
  private Channels() {}

  /** Checked at start-up, before anything is opened, so a bad Teams setting stops it at once. */
  static TeamsSettings teamsSettings(Settings settings) {
    try {
      return TeamsSettings.from(name -> settings.value(name).orElse(null));
    } catch (TeamsSettingsException e) {
      throw new ConfigException("bad setting " + e.getMessage());
    }
  }
}
