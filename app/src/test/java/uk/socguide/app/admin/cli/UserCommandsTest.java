package uk.socguide.app.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.app.cli.Cli;
import uk.socguide.app.cli.ExitCodes;
import uk.socguide.app.commands.Commands;
import uk.socguide.content.AuditQuery;
import uk.socguide.content.store.Database;

/** {@code ./bot users ...} through the real command line, on an H2 file in a temporary folder. */
class UserCommandsTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int bot(String stdin, String... args) {
    out.reset();
    err.reset();
    return new Cli(
            Commands.all(),
            Map.of(),
            dir,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theFirstAdminIsAddedWithAPasswordPipedOnStandardInput() {
    assertThat(bot("", "users", "list")).isEqualTo(ExitCodes.OK);
    assertThat(out())
        .contains("No users yet. Add the first admin with: ./bot users add NAME --role admin");

    assertThat(bot("a long admin password\n", "users", "add", "Root", "--role", "admin"))
        .isEqualTo(ExitCodes.OK);
    assertThat(out()).isEqualTo("Added root (admin).\n");
    assertThat(bot("", "users", "list")).isEqualTo(ExitCodes.OK);
    assertThat(out()).contains("root", "admin", "enabled", "never");

    try (Database db = Database.h2File(dir.resolve("data/soc-guide"))) {
      assertThat(db.audit().query(AuditQuery.all().object("user", "root")).get(0).actor())
          .isEqualTo("command-line");
    }
  }

  @Test
  void theCommandLineNeverTakesAPasswordAndChecksEverythingElse() {
    assertThat(bot("", "users", "add", "root", "--role", "admin", "--password", "secret secret"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err()).contains("unknown option --password");
    assertThat(bot("x\n", "users", "add", "root")).isEqualTo(ExitCodes.USAGE);
    assertThat(err()).contains("say which role");
    assertThat(bot("x\n", "users", "add", "root", "--role", "owner")).isEqualTo(ExitCodes.USAGE);
    assertThat(err()).contains("the role must be admin, approver or editor");
    assertThat(bot("short\n", "users", "add", "root", "--role", "admin"))
        .isEqualTo(ExitCodes.FAILED);
    assertThat(err()).contains("at least 12 characters long; nothing was changed");
    assertThat(bot("", "users", "add", "root", "--role", "admin")).isEqualTo(ExitCodes.USAGE);
    assertThat(err()).contains("no password on standard input");
    assertThat(bot("", "users")).isEqualTo(ExitCodes.USAGE);
    assertThat(err()).contains("./bot users add NAME --role admin|approver|editor");
  }

  @Test
  void usersAreDisabledEnabledAndGivenNewPasswords() {
    bot("a long admin password\n", "users", "add", "root", "--role", "admin");
    bot("a long editor password\n", "users", "add", "erin", "--role", "editor");
    assertThat(bot("", "users", "disable", "erin")).isEqualTo(ExitCodes.OK);
    assertThat(bot("", "users", "list")).isZero();
    assertThat(out()).containsPattern("erin\\s+editor\\s+disabled");
    assertThat(bot("", "users", "disable", "root")).isEqualTo(ExitCodes.FAILED);
    assertThat(err()).contains("the last enabled admin cannot be disabled");
    assertThat(bot("", "users", "enable", "erin")).isEqualTo(ExitCodes.OK);
    assertThat(bot("another long password\n", "users", "password", "erin")).isEqualTo(ExitCodes.OK);
    assertThat(out()).contains("Changed the password of erin.");
    assertThat(bot("another long password\n", "users", "password", "nobody"))
        .isEqualTo(ExitCodes.FAILED);
  }
}
