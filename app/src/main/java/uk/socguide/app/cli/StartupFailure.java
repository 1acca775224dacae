package uk.socguide.app.cli;

/**
 * Something a command needs could not be started (the database is unreachable or in use, the seed
 * is broken). Printed as its message alone; the cause goes to the log at debug level only.
 */
public final class StartupFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StartupFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
