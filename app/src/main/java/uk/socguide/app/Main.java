package uk.socguide.app;

import java.nio.file.Path;
import uk.socguide.app.cli.Cli;
import uk.socguide.app.commands.Commands;

/** The only {@code main()}: {@code ./bot} runs this. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // OpenNLP instantiates feature generators by class name only from allow-listed packages
    if (System.getProperty("OPENNLP_EXT_ALLOWED_PACKAGES") == null) {
      System.setProperty("OPENNLP_EXT_ALLOWED_PACKAGES", "uk.socguide.intents.");
    }
    int code =
        new Cli(
                Commands.all(),
                System.getenv(),
                Path.of("").toAbsolutePath(),
                System.in,
                System.out,
                System.err)
            .run(args);
    System.exit(code);
  }
}
