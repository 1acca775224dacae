package uk.socguide.app.config;

/**
 * A setting that cannot be used. Its message is one line naming the setting and what is wrong,
 * never the value of a secret; the program prints it and stops.
 */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message, null, false, false);
  }

  static ConfigException bad(String name, String origin, String reason) {
    return new ConfigException("bad setting " + name + " (" + origin + "): " + reason);
  }
}
