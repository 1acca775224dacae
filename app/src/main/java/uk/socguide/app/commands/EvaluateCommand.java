package uk.socguide.app.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import uk.socguide.app.cli.Command;
import uk.socguide.app.cli.ExitCodes;
import uk.socguide.app.cli.Invocation;
import uk.socguide.app.cli.UsageException;
import uk.socguide.app.config.AppConfig;
import uk.socguide.app.wiring.Store;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.store.Database;
import uk.socguide.core.knowledge.TrainingSets;
import uk.socguide.intents.EvaluationReport;
import uk.socguide.intents.Evaluator;

/**
 * {@code ./bot evaluate}: k-fold cross-validation of intent detection on the published content and
 * the editors' must-answer questions; a table on stdout, the Markdown report in a file, and exit 1
 * when any configured floor is not met.
 */
final class EvaluateCommand implements Command {
  static final String REPORT_FILE = "evaluation-report.md";
  private static final int DEFAULT_FOLDS = 5;

  @Override
  public String name() {
    return "evaluate";
  }

  @Override
  public String usage() {
    return "evaluate [--report FILE] [--folds N]";
  }

  @Override
  public String summary() {
    return "cross-validate intent detection on the published content; exit 1 below the floors";
  }

  @Override
  public int run(Invocation invocation) throws IOException {
    if (!invocation.positional("--report", "--folds").isEmpty()) {
      throw new UsageException("evaluate takes only --report FILE and --folds N");
    }
    int folds = folds(invocation.option("--folds"));
    AppConfig config = Startup.prepare(invocation, true).config();
    String reportOption = invocation.option("--report");
    Path report =
        reportOption == null
            ? config.dataDir().resolve(REPORT_FILE)
            : invocation.workingDir().resolve(reportOption).normalize();
    ContentRelease release;
    try (Database db = Store.open(config.database())) {
      release = db.content().published();
    }
    EvaluationReport result =
        Evaluator.evaluate(TrainingSets.of(release), TrainingSets.mustAnswer(release), folds);
    invocation.out().print(result.toTable());
    if (report.getParent() != null) {
      Files.createDirectories(report.getParent());
    }
    Files.writeString(report, result.toMarkdown());
    invocation.out().println();
    invocation.out().println("Report of release " + release.number() + " written to " + report);
    List<String> failures = config.floors().toFloors().failures(result);
    if (failures.isEmpty()) {
      invocation.out().println("Every floor is met.");
      return ExitCodes.OK;
    }
    failures.forEach(f -> invocation.out().println("BELOW FLOOR: " + f));
    return ExitCodes.FAILED;
  }

  private static int folds(String value) {
    if (value == null) {
      return DEFAULT_FOLDS;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= 2 && n <= 20) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--folds must be a whole number from 2 to 20");
  }
}
