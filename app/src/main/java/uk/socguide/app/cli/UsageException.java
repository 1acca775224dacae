package uk.socguide.app.cli;

/** Wrong arguments to a command; printed with the command's usage line. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message, null, false, false);
  }
}
