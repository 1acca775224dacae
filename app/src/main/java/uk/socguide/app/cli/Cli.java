package uk.socguide.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.app.config.AppConfig;
import uk.socguide.app.config.ConfigException;
import uk.socguide.app.config.ConfigLoader;
import uk.socguide.app.config.Names;
import uk.socguide.app.config.Settings;

/**
 * {@code ./bot [--port N] [--data DIR] [--config FILE] [COMMAND [ARGS]]}: finds the command, loads
 * the settings, runs it, and turns every failure into one line and an exit code. The global flags
 * may appear anywhere; the command's own options are left for it.
 */
public final class Cli {
  private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
  private static final String DEFAULT_COMMAND = "serve";

  private final List<Command> commands;
  private final Map<String, String> env;
  private final Path workingDir;
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  public Cli(
      List<Command> commands,
      Map<String, String> env,
      Path workingDir,
      InputStream in,
      PrintStream out,
      PrintStream err) {
    this.commands = List.copyOf(commands);
    this.env = Map.copyOf(env);
    this.workingDir = workingDir;
    this.in = in;
    this.out = out;
    this.err = err;
  }

  public int run(String... argv) {
    Command command = null;
    try {
      Parsed parsed = parse(List.of(argv));
      command = find(parsed.words);
      if (parsed.help) {
        if (command == null || parsed.words.isEmpty()) {
          out.print(Help.text(commands));
        } else {
          out.println("Usage: ./bot " + command.usage() + "\n  " + command.summary());
        }
        return ExitCodes.OK;
      }
      if (command == null) {
        throw new UsageException(unknown(parsed.words));
      }
      List<String> args = parsed.words.subList(words(command).size(), parsed.words.size());
      Settings settings = Settings.load(parsed.flags, parsed.configFile, env, workingDir);
      Supplier<AppConfig> config = memo(() -> new ConfigLoader(settings, workingDir).load());
      return command.run(new Invocation(args, settings, config, workingDir, in, out, err));
    } catch (UsageException e) {
      err.println("soc-guide: " + e.getMessage());
      err.println(
          command == null
              ? "Run ./bot --help for the commands."
              : "Usage: ./bot " + command.usage());
      return ExitCodes.USAGE;
    } catch (ConfigException e) {
      err.println("soc-guide: " + e.getMessage());
      return ExitCodes.CONFIG;
    } catch (StartupFailure e) {
      LOG.debug("start-up failed", e);
      err.println("soc-guide: " + message(e.getMessage()));
      return ExitCodes.FAILED;
    } catch (Exception e) {
      LOG.error("{} failed", command == null ? "soc-guide" : command.name(), e);
      err.println(
          "soc-guide: " + (command == null ? "" : command.name() + " failed: ") + e.getMessage());
      return ExitCodes.FAILED;
    }
  }

  private static String message(String message) {
    return message == null ? "failed" : message.strip();
  }

  private static final class Parsed {
    final List<String> words = new ArrayList<>();
    final Map<String, String> flags = new HashMap<>();
    Path configFile;
    boolean help;
  }

  private static Parsed parse(List<String> argv) {
    Parsed p = new Parsed();
    boolean literal = false;
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      boolean global = Names.FLAGS.containsKey(name) || name.equals("--config");
      if (literal) {
        p.words.add(a);
      } else if (a.equals("--")) {
        literal = true;
      } else if (a.equals("--help") || a.equals("-h")) {
        p.help = true;
      } else if (global) {
        String value;
        if (a.contains("=")) {
          value = a.substring(a.indexOf('=') + 1);
        } else if (i + 1 < argv.size()) {
          value = argv.get(++i);
        } else {
          throw new UsageException(name + " needs a value");
        }
        if (name.equals("--config")) {
          p.configFile = Path.of(value);
        } else {
          p.flags.put(Names.FLAGS.get(name), value);
        }
      } else {
        p.words.add(a);
      }
    }
    if (p.words.isEmpty() && !p.help) {
      p.words.add(DEFAULT_COMMAND);
    }
    if (!p.words.isEmpty() && p.words.get(0).equals("help")) {
      p.help = true;
      p.words.remove(0);
    }
    return p;
  }

  /** The command whose name is the longest run of leading words. */
  private Command find(List<String> words) {
    Command best = null;
    for (Command c : commands) {
      List<String> name = words(c);
      if (words.size() >= name.size()
          && words.subList(0, name.size()).equals(name)
          && (best == null || name.size() > words(best).size())) {
        best = c;
      }
    }
    return best;
  }

  private String unknown(List<String> words) {
    String first = words.get(0);
    List<String> group =
        commands.stream()
            .filter(c -> words(c).get(0).equals(first))
            .map(c -> "./bot " + c.usage())
            .toList();
    if (!group.isEmpty()) {
      return "'" + String.join(" ", words) + "' needs one of: " + String.join(", ", group);
    }
    return "unknown command '" + first + "'";
  }

  private static List<String> words(Command c) {
    return List.of(c.name().split(" "));
  }

  private static <T> Supplier<T> memo(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }
}
