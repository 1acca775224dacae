package uk.socguide.app.admin.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.socguide.app.admin.sql.Sql;
import uk.socguide.app.admin.users.Passwords;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.users.User;
import uk.socguide.app.admin.users.Users;
import uk.socguide.app.cli.Command;
import uk.socguide.app.cli.ExitCodes;
import uk.socguide.app.cli.Invocation;
import uk.socguide.app.cli.UsageException;
import uk.socguide.app.config.DatabaseConfig;
import uk.socguide.content.store.Database;
import uk.socguide.content.store.DatabaseException;

/**
 * {@code ./bot users add|list|disable|enable|password}: the editors' workspace accounts, from the
 * command line. This is how the first admin is made; admins then manage users in the workspace. The
 * commands open the database themselves, so with the default H2 file the server must be stopped
 * first.
 */
public final class UserCommands {
  /** Who the audit log names for changes made from the command line. */
  static final String ACTOR = "command-line";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private UserCommands() {}

  public static final Command ADD = new Add();
  public static final Command LIST = new ListUsers();
  public static final Command DISABLE = new SetEnabled(false);
  public static final Command ENABLE = new SetEnabled(true);
  public static final Command PASSWORD = new Password();

  private abstract static class UsersCommand implements Command {
    @Override
    public final int run(Invocation invocation) throws Exception {
      DatabaseConfig config = invocation.appConfig().database();
      Database db;
      try {
        db =
            Database.builder()
                .url(config.url())
                .credentials(config.user(), config.passwordText())
                .open();
      } catch (DatabaseException e) {
        invocation
            .err()
            .println(
                "soc-guide: "
                    + e.getMessage()
                    + "\nIf the server is running on this database, stop it first, or manage users"
                    + " in the workspace at /admin/users.");
        return ExitCodes.FAILED;
      }
      try (db) {
        Users users =
            new Users(new Sql(db.dataSource()), new Passwords(), db.audit(), Clock.systemUTC());
        return run(invocation, users);
      }
    }

    abstract int run(Invocation invocation, Users users) throws IOException;

    static String onlyName(Invocation invocation, String... optionsWithValues) {
      List<String> names = invocation.positional(optionsWithValues);
      if (names.size() != 1) {
        throw new UsageException(names.isEmpty() ? "name the user" : "name one user only");
      }
      return names.get(0);
    }
  }

  static final class Add extends UsersCommand {
    @Override
    public String name() {
      return "users add";
    }

    @Override
    public String usage() {
      return "users add NAME --role admin|approver|editor";
    }

    @Override
    public String summary() {
      return "add a workspace user; the password is typed at the terminal or piped on stdin";
    }

    @Override
    int run(Invocation invocation, Users users) throws IOException {
      String name = onlyName(invocation, "--role");
      String roleText = invocation.option("--role");
      if (roleText == null) {
        throw new UsageException("say which role: --role admin, approver or editor");
      }
      Role role;
      try {
        role = Role.parse(roleText);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      checkName(name);
      if (users.find(name).isPresent()) {
        invocation
            .err()
            .println(
                "soc-guide: there is already a user called "
                    + name.toLowerCase(java.util.Locale.ROOT));
        return ExitCodes.FAILED;
      }
      String password = PasswordInput.read(invocation, name);
      try {
        User user = users.add(name, role, password, ACTOR);
        invocation.out().println("Added " + user.name() + " (" + user.role().label() + ").");
        return ExitCodes.OK;
      } catch (IllegalArgumentException e) {
        invocation.err().println("soc-guide: " + e.getMessage() + "; nothing was changed");
        return ExitCodes.FAILED;
      }
    }
  }

  static final class ListUsers extends UsersCommand {
    @Override
    public String name() {
      return "users list";
    }

    @Override
    public String usage() {
      return "users list";
    }

    @Override
    public String summary() {
      return "list the workspace users, their roles and whether they can sign in";
    }

    @Override
    int run(Invocation invocation, Users users) {
      if (!invocation.positional().isEmpty()) {
        throw new UsageException("users list takes no arguments");
      }
      List<User> all = users.list();
      PrintStream out = invocation.out();
      if (all.isEmpty()) {
        out.println("No users yet. Add the first admin with: ./bot users add NAME --role admin");
        return ExitCodes.OK;
      }
      out.printf("%-24s %-9s %-9s %s%n", "NAME", "ROLE", "STATUS", "LAST SIGN-IN (UTC)");
      java.time.Instant now = java.time.Instant.now();
      for (User u : all) {
        String status = !u.enabled() ? "disabled" : u.lockedAt(now) ? "locked" : "enabled";
        out.printf(
            "%-24s %-9s %-9s %s%n",
            u.name(),
            u.role().label(),
            status,
            u.lastLoginAt() == null ? "never" : WHEN.format(u.lastLoginAt()));
      }
      return ExitCodes.OK;
    }
  }

  static final class SetEnabled extends UsersCommand {
    private final boolean enable;

    SetEnabled(boolean enable) {
      this.enable = enable;
    }

    @Override
    public String name() {
      return enable ? "users enable" : "users disable";
    }

    @Override
    public String usage() {
      return name() + " NAME";
    }

    @Override
    public String summary() {
      return enable
          ? "let a user sign in again (also lifts a lockout after failed sign-ins)"
          : "stop a user signing in; ends their sessions and API tokens";
    }

    @Override
    int run(Invocation invocation, Users users) {
      String name = onlyName(invocation);
      try {
        User u = users.setEnabled(name, enable, ACTOR);
        invocation.out().println((enable ? "Enabled " : "Disabled ") + u.name() + ".");
        return ExitCodes.OK;
      } catch (IllegalArgumentException e) {
        invocation.err().println("soc-guide: " + e.getMessage());
        return ExitCodes.FAILED;
      }
    }
  }

  static final class Password extends UsersCommand {
    @Override
    public String name() {
      return "users password";
    }

    @Override
    public String usage() {
      return "users password NAME";
    }

    @Override
    public String summary() {
      return "set a user's password (typed or piped, as for users add) and lift any lockout";
    }

    @Override
    int run(Invocation invocation, Users users) throws IOException {
      String name = onlyName(invocation);
      if (users.find(name).isEmpty()) {
        invocation.err().println("soc-guide: there is no user called " + name);
        return ExitCodes.FAILED;
      }
      String password = PasswordInput.read(invocation, name);
      try {
        users.setPassword(name, password, ACTOR);
        invocation
            .out()
            .println("Changed the password of " + name.toLowerCase(java.util.Locale.ROOT) + ".");
        return ExitCodes.OK;
      } catch (IllegalArgumentException e) {
        invocation.err().println("soc-guide: " + e.getMessage() + "; nothing was changed");
        return ExitCodes.FAILED;
      }
    }
  }

  private static void checkName(String name) {
    try {
      uk.socguide.app.admin.users.UserNames.check(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
