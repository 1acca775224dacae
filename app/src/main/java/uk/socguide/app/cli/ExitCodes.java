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

  /** The command's module is not part of this build. */
  public static final int NOT_AVAILABLE = 4;

  private ExitCodes() {}
}
