package uk.socguide.app.commands;

import uk.socguide.app.cli.Invocation;
import uk.socguide.app.config.AppConfig;
import uk.socguide.app.config.UserIdSecret;

/** What the commands that talk to the assistant do first. */
final class Startup {
  private Startup() {}

  record Prepared(AppConfig config) {
    /** The user-id key, created in the data folder on first use when none is configured. */
    byte[] userIdKey() {
      return UserIdSecret.load(config);
    }
  }

  /**
   * Loads the configuration and sets the log level.
   *
   * @param quiet log warnings and errors only, unless a more detailed level is configured (for
   *     commands whose output is the terminal conversation or a report)
   */
  static Prepared prepare(Invocation invocation, boolean quiet) {
    AppConfig config = invocation.appConfig();
    boolean detailed = config.logLevel().equals("DEBUG") || config.logLevel().equals("TRACE");
    Logging.setLevel(quiet && !detailed ? "WARN" : config.logLevel());
    return new Prepared(config);
  }
}
