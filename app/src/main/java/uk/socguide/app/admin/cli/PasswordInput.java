package uk.socguide.app.admin.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import uk.socguide.app.cli.Invocation;
import uk.socguide.app.cli.UsageException;

/**
 * Reads a new password: typed twice at the terminal without echo, or the first line of standard
 * input when it is piped ({@code printf '%s\n' "$PW" | ./bot users add ...}). Never from the
 * command line, where it would be kept in shell history and shown in process lists.
 */
final class PasswordInput {
  private PasswordInput() {}

  static String read(Invocation invocation, String userName) throws IOException {
    Console console = System.console();
    if (console != null && invocation.in() == System.in) {
      char[] first =
          console.readPassword("New password for %s (at least 12 characters): ", userName);
      char[] second = console.readPassword("Type it again: ");
      try {
        if (first == null || second == null) {
          throw new UsageException("no password was typed");
        }
        if (!Arrays.equals(first, second)) {
          throw new UsageException("the two passwords differ; nothing was changed");
        }
        return new String(first);
      } finally {
        if (first != null) {
          Arrays.fill(first, ' ');
        }
        if (second != null) {
          Arrays.fill(second, ' ');
        }
      }
    }
    PrintStream err = invocation.err();
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(invocation.in(), StandardCharsets.UTF_8));
    String line = reader.readLine();
    if (line == null || line.isEmpty()) {
      err.println("soc-guide: type the password at a terminal, or pipe it on standard input");
      throw new UsageException("no password on standard input");
    }
    return line;
  }
}
