package uk.socguide.adapters.teams;

/** A Teams setting is missing or invalid; the message names the setting and what is wrong. */
public final class TeamsSettingsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String setting;

  TeamsSettingsException(String setting, String problem) {
    super(setting + ": " + problem);
    this.setting = setting;
  }

  /** The conventional name of the bad setting, such as {@code MicrosoftAppType}. */
  public String setting() {
    return setting;
  }
}
