package uk.socguide.app.cli;

/** The process exit codes of {@code ./bot}. */
public final class ExitCodes {
  public static final int OK = 0;

  /** The command ran and failed: evaluation below its floors, content rejected, ... */
  public static final int FAILED = 1;

  /** Unknown command, missing or wrong arguments. */
  public static final int USAGE = 2;

  /** A bad setting. */
  public static final int CONFIG = 3;

  private ExitCodes() {}
}
