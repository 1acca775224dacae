package uk.socguide.app.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import uk.socguide.app.cli.Command;
import uk.socguide.app.cli.ExitCodes;
import uk.socguide.app.cli.Invocation;
import uk.socguide.app.cli.UsageException;
import uk.socguide.app.wiring.Store;
import uk.socguide.content.ContentException;
import uk.socguide.content.ImportResult;
import uk.socguide.content.store.Database;

/**
 * {@code ./bot content import DIR}: content files checked as a whole, then saved as drafts in one
 * transaction, or refused with every problem named; nothing goes live until it is reviewed and
 * published.
 */
final class ContentImportCommand implements Command {

  @Override
  public String name() {
    return "content import";
  }

  @Override
  public String usage() {
    return "content import DIR [--author NAME]";
  }

  @Override
  public String summary() {
    return "check the YAML files in DIR and save them as drafts for review, all or nothing";
  }

  @Override
  public int run(Invocation invocation) {
    var args = invocation.positional("--author");
    if (args.size() != 1) {
      throw new UsageException("content import needs one folder");
    }
    Path dir = invocation.workingDir().resolve(args.get(0)).normalize();
    if (!Files.isDirectory(dir)) {
      throw new UsageException("no such folder: " + dir);
    }
    String author = invocation.option("--author");
    if (author == null) {
      author = System.getProperty("user.name", "import");
    }
    Startup.Prepared prepared = Startup.prepare(invocation, true);
    try (Database db = Store.open(prepared.config().database())) {
      ImportResult result = db.files().importFrom(dir, author);
      invocation
          .out()
          .println(
              "Imported "
                  + result.drafted().size()
                  + " changed item(s) from "
                  + dir
                  + " as drafts for review ("
                  + result.unchanged()
                  + " unchanged). Nothing is live until it is approved and published.");
      // name what changed, so the importer can check it is what they meant to change
      result.drafted().forEach(item -> invocation.out().println("  drafted: " + item));
      return ExitCodes.OK;
    } catch (ContentException e) {
      invocation.err().println("soc-guide: content import refused, nothing was imported.");
      invocation.err().println(e.getMessage());
      return ExitCodes.FAILED;
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
