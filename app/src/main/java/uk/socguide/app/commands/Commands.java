package uk.socguide.app.commands;

import java.util.List;
import uk.socguide.app.admin.cli.UserCommands;
import uk.socguide.app.cli.Command;

/** Every subcommand of {@code ./bot}, in the order {@code --help} lists them. */
public final class Commands {
  private Commands() {}

  public static List<Command> all() {
    return List.of(
        new ServeCommand(),
        new ConsoleCommand(),
        new EvaluateCommand(),
        new ContentExportCommand(),
        new ContentImportCommand(),
        UserCommands.ADD,
        UserCommands.LIST,
        UserCommands.DISABLE,
        UserCommands.ENABLE,
        UserCommands.PASSWORD,
        new TeamsPackageCommand());
  }
}
