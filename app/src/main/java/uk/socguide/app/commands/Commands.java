package uk.socguide.app.commands;

import java.util.List;
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
        new Unavailable(
            "users",
            "users ...",
            "manage editors' accounts (users add NAME --role admin, ...)",
            "the editors' workspace is not on main yet"),
        new TeamsPackageCommand());
  }
}
