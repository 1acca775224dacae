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
        new Unavailable(
            "evaluate",
            "evaluate [--report FILE]",
            "cross-validate intent detection on the current content; fails below the floors",
            "intent evaluation (module intents) is not on main yet"),
        new Unavailable(
            "content export",
            "content export DIR",
            "write the published content as YAML files into DIR",
            "the content store is not on main yet"),
        new Unavailable(
            "content import",
            "content import DIR",
            "check the YAML files in DIR and load them as a draft, all or nothing",
            "the content store is not on main yet"),
        UserCommands.ADD,
        UserCommands.LIST,
        UserCommands.DISABLE,
        UserCommands.ENABLE,
        UserCommands.PASSWORD,
        new Unavailable(
            "teams package",
            "teams package OUT.zip",
            "build the Microsoft Teams app package",
            "the Teams adapter is not on main yet"));
  }
}
