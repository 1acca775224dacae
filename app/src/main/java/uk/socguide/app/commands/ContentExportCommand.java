package uk.socguide.app.commands;

import java.nio.file.Path;
import uk.socguide.app.cli.Command;
import uk.socguide.app.cli.ExitCodes;
import uk.socguide.app.cli.Invocation;
import uk.socguide.app.cli.UsageException;
import uk.socguide.app.wiring.Store;
import uk.socguide.content.ContentException;
import uk.socguide.content.store.Database;

/** {@code ./bot content export DIR}: the published release (or another) as content files. */
final class ContentExportCommand implements Command {

  @Override
  public String name() {
    return "content export";
  }

  @Override
  public String usage() {
    return "content export DIR [--release N]";
  }

  @Override
  public String summary() {
    return "write the published content (or release N) as YAML files into DIR";
  }

  @Override
  public int run(Invocation invocation) {
    var args = invocation.positional("--release");
    if (args.size() != 1) {
      throw new UsageException("content export needs one folder");
    }
    Long release = release(invocation.option("--release"));
    Path dir = invocation.workingDir().resolve(args.get(0)).normalize();
    Startup.Prepared prepared = Startup.prepare(invocation, true);
    try (Database db = Store.open(prepared.config().database())) {
      long number = release != null ? release : db.content().published().number();
      db.files().export(number, dir);
      invocation.out().println("Exported release " + number + " to " + dir);
      return ExitCodes.OK;
    } catch (ContentException e) {
      invocation.err().println("soc-guide: content export failed: " + e.getMessage());
      return ExitCodes.FAILED;
    }
  }

  private static Long release(String value) {
    if (value == null) {
      return null;
    }
    try {
      long n = Long.parseLong(value);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--release must be a release number such as 3");
  }
}
