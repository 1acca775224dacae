package uk.socguide.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.app.commands.Commands;

class CliTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final List<Invocation> invocations = new ArrayList<>();

  /** A command that records how it was called and reads its configuration. */
  private final Command probe =
      new Command() {
        @Override
        public String name() {
          return "content export";
        }

        @Override
        public String usage() {
          return "content export DIR";
        }

        @Override
        public String summary() {
          return "probe";
        }

        @Override
        public int run(Invocation invocation) {
          invocations.add(invocation);
          if (invocation.positional().size() != 1) {
            throw new UsageException("content export needs DIR");
          }
          invocation.appConfig();
          return ExitCodes.OK;
        }
      };

  private int run(List<Command> commands, Map<String, String> env, String... args) {
    return new Cli(
            commands,
            env,
            dir,
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsEveryCommandAndTheGlobalFlags() {
    assertThat(run(Commands.all(), Map.of(), "--help")).isZero();

    String help = out.toString(StandardCharsets.UTF_8);
    assertThat(help)
        .contains("serve", "console", "evaluate", "content export DIR", "content import DIR")
        .contains(
            "users add NAME --role",
            "teams package OUT.zip",
            "--port N",
            "--data DIR",
            "--config FILE");
    assertThat(run(Commands.all(), Map.of(), "help")).isZero();
  }

  @Test
  void aCommandsHelpIsItsUsage() {
    assertThat(run(List.of(probe), Map.of(), "content", "export", "--help")).isZero();

    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: ./bot content export DIR");
  }

  @Test
  void globalFlagsAreTakenFromAnywhereAndTheRestGoesToTheCommand() {
    int code =
        run(List.of(probe), Map.of(), "--port", "9100", "content", "export", "out", "--data=d");

    assertThat(code).isZero();
    Invocation inv = invocations.get(0);
    assertThat(inv.args()).containsExactly("out");
    assertThat(inv.appConfig().port()).isEqualTo(9100);
    assertThat(inv.appConfig().dataDir()).isEqualTo(dir.resolve("d"));
  }

  @Test
  void wrongArgumentsPrintTheUsageAndExitTwo() {
    assertThat(run(List.of(probe), Map.of(), "content", "export")).isEqualTo(ExitCodes.USAGE);
    assertThat(err()).contains("content export needs DIR", "Usage: ./bot content export DIR");
  }

  @Test
  void anUnknownCommandIsNamed() {
    assertThat(run(Commands.all(), Map.of(), "frobnicate")).isEqualTo(ExitCodes.USAGE);
    assertThat(err()).contains("unknown command 'frobnicate'", "./bot --help");
  }

  @Test
  void anIncompleteGroupListsItsCommands() {
    assertThat(run(Commands.all(), Map.of(), "content")).isEqualTo(ExitCodes.USAGE);
    assertThat(err())
        .contains("'content' needs one of: ./bot content export DIR", ", ./bot content import DIR");
  }

  @Test
  void aFlagWithoutItsValueIsAUsageError() {
    assertThat(run(Commands.all(), Map.of(), "serve", "--port")).isEqualTo(ExitCodes.USAGE);
    assertThat(err()).contains("--port needs a value");
  }

  @Test
  void aBadSettingIsOneLineAndExitThree() {
    int code = run(List.of(probe), Map.of("SOC_GUIDE_PORT", "eighty"), "content", "export", "x");

    assertThat(code).isEqualTo(ExitCodes.CONFIG);
    assertThat(err())
        .isEqualTo(
            "soc-guide: bad setting SOC_GUIDE_PORT (environment): must be a whole number from 0"
                + " to 65535, got \"eighty\""
                + System.lineSeparator());
  }
}
