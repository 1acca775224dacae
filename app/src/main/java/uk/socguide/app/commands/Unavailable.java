package uk.socguide.app.commands;

import uk.socguide.app.cli.Command;
import uk.socguide.app.cli.ExitCodes;
import uk.socguide.app.cli.Invocation;

/**
 * A subcommand whose module is not part of this build: it says so and exits with {@link
 * ExitCodes#NOT_AVAILABLE}, so nothing pretends to work.
 *
 * @param missing what is missing, in words
 */
record Unavailable(String name, String usage, String summary, String missing) implements Command {

  @Override
  public int run(Invocation invocation) {
    invocation
        .err()
        .println("soc-guide: '" + name + "' is not available in this build (" + missing + ")");
    return ExitCodes.NOT_AVAILABLE;
  }
}
