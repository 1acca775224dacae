package uk.socguide.app.commands;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import uk.socguide.app.cli.Command;
import uk.socguide.app.cli.ExitCodes;
import uk.socguide.app.cli.Invocation;
import uk.socguide.app.cli.UsageException;
import uk.socguide.app.console.ConsoleChat;
import uk.socguide.app.wiring.Assembly;
import uk.socguide.app.wiring.Assistant;
import uk.socguide.app.wiring.Store;
import uk.socguide.content.store.Database;
import uk.socguide.core.Audience;
import uk.socguide.core.UserIds;
import uk.socguide.core.dialogue.TurnObserver;

/** {@code ./bot console}: the dialogue in the terminal. */
final class ConsoleCommand implements Command {

  @Override
  public String name() {
    return "console";
  }

  @Override
  public String usage() {
    return "console [--audience councillor|frontline]";
  }

  @Override
  public String summary() {
    return "chat in the terminal; type a number to pick a suggestion (works with piped input)";
  }

  @Override
  public int run(Invocation invocation) throws Exception {
    invocation.positional("--audience").forEach(a -> fail("unexpected argument " + a));
    Audience audience = audience(invocation.option("--audience"));
    Startup.Prepared prepared = Startup.prepare(invocation, true);
    byte[] userIdKey = prepared.userIdKey();
    Database db = Store.open(prepared.config().database());
    Assistant assistant;
    try {
      assistant =
          Assembly.assistant(
              db, userIdKey, TurnObserver.NONE, Assembly.calibrations(prepared.config().dataDir()));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    try (assistant) {
      String user =
          new UserIds(userIdKey)
              .hash(ConsoleChat.CHANNEL, System.getProperty("user.name", "console"));
      boolean interactive = System.console() != null && invocation.in() == System.in;
      ConsoleChat chat =
          new ConsoleChat(
              assistant.turns(), "console-" + UUID.randomUUID(), user, audience, interactive);
      chat.run(
          new BufferedReader(new InputStreamReader(invocation.in(), StandardCharsets.UTF_8)),
          invocation.out());
    }
    return ExitCodes.OK;
  }

  private static void fail(String message) {
    throw new UsageException(message);
  }

  private static Audience audience(String value) {
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "councillor" -> Audience.COUNCILLOR;
      case "frontline" -> Audience.FRONTLINE;
      default -> throw new UsageException("--audience must be councillor or frontline");
    };
  }
}
