package uk.socguide.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import uk.socguide.app.config.AppConfig;
import uk.socguide.app.config.Settings;

/**
 * What a command runs with.
 *
 * @param args the command's own arguments, after its name, with the global flags removed
 * @param settings every setting by name (adapters read theirs from here)
 * @param config the checked configuration, loaded on first use
 * @param workingDir the directory relative paths are resolved against
 */
public record Invocation(
    List<String> args,
    Settings settings,
    Supplier<AppConfig> config,
    Path workingDir,
    InputStream in,
    PrintStream out,
    PrintStream err) {

  public Invocation {
    args = List.copyOf(args);
  }

  /** The checked configuration; throws ConfigException naming a bad setting. */
  public AppConfig appConfig() {
    return config.get();
  }

  /** The value after {@code --name} in the arguments, or {@code null} when the flag is absent. */
  public String option(String name) {
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals(name)) {
        if (i + 1 >= args.size()) {
          throw new UsageException(name + " needs a value");
        }
        return args.get(i + 1);
      }
      if (args.get(i).startsWith(name + "=")) {
        return args.get(i).substring(name.length() + 1);
      }
    }
    return null;
  }

  /** The arguments that are neither {@code --options} nor their values. */
  public List<String> positional(String... optionsWithValues) {
    List<String> names = List.of(optionsWithValues);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (names.contains(a)) {
        i++;
      } else if (!a.startsWith("--")) {
        out.add(a);
      } else if (names.stream().noneMatch(n -> a.startsWith(n + "="))) {
        throw new UsageException("unknown option " + a);
      }
    }
    return out;
  }
}
