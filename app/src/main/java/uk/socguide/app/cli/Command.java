package uk.socguide.app.cli;

/**
 * One subcommand of {@code ./bot}. Adding one is a class implementing this and a line in {@link
 * Commands}.
 */
public interface Command {

  /** The words that select it, such as {@code "serve"} or {@code "content export"}. */
  String name();

  /** How to call it after {@code ./bot}, such as {@code "content export DIR"}. */
  String usage();

  /** One line saying what it does. */
  String summary();

  /**
   * Runs it. Throw {@link UsageException} for wrong arguments and {@link
   * uk.socguide.app.config.ConfigException} for a bad setting; both are printed as one line.
   *
   * @return the process exit code ({@link ExitCodes})
   */
  int run(Invocation invocation) throws Exception;
}
