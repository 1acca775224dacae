package uk.socguide.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns {@link Settings} into a checked {@link AppConfig}. Defaults: listen on 0.0.0.0:8080, data
 * folder {@code ./data}, an H2 file database in the data folder, log level INFO, evaluation floors
 * 0.85 top-1, 0.85 out-of-scope recall, 0.90 out-of-scope precision, 0.90 must-answer pass rate.
 * The first bad setting stops loading with a {@link ConfigException} naming it.
 */
public final class ConfigLoader {
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]]{1,253}");
  private static final Set<String> LEVELS =
      Set.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");
  private static final int MIN_SECRET_CHARS = 32;

  private final Settings settings;
  private final Path workingDir;

  public ConfigLoader(Settings settings, Path workingDir) {
    this.settings = settings;
    this.workingDir = workingDir;
  }

  public AppConfig load() {
    String host = get(Names.HOST, "0.0.0.0", this::host);
    int port = get(Names.PORT, 8080, this::port);
    Path data = get(Names.DATA, workingDir.resolve("data"), this::folder);
    DatabaseConfig database =
        new DatabaseConfig(
            get(Names.DB_URL, h2File(data), this::jdbcUrl),
            get(Names.DB_USER, "", s -> s),
            settings.secret(Names.DB_PASSWORD).map(Secret::new).orElse(null));
    Secret userIdSecret =
        settings.secret(Names.USER_ID_SECRET).map(s -> userIdSecret(s)).orElse(null);
    String level = get(Names.LOG_LEVEL, "INFO", this::level);
    EvaluationFloors floors =
        new EvaluationFloors(
            get(Names.EVAL_MIN_TOP1, 0.85, this::fraction),
            get(Names.EVAL_MIN_OOS_RECALL, 0.85, this::fraction),
            get(Names.EVAL_MIN_OOS_PRECISION, 0.90, this::fraction),
            get(Names.EVAL_MIN_MUST_ANSWER, 0.90, this::fraction));
    prepareDataFolder(data);
    return new AppConfig(host, port, data, database, userIdSecret, level, floors);
  }

  /** The default database: an H2 file in the data folder, closed by the app, not by the JVM. */
  private static String h2File(Path data) {
    return "jdbc:h2:file:"
        + data.resolve("soc-guide")
        + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE";
  }

  /** A parser that explains what it expected by throwing IllegalArgumentException. */
  private <T> T get(String name, T fallback, Function<String, T> parse) {
    return settings
        .value(name)
        .map(
            raw -> {
              try {
                return parse.apply(raw);
              } catch (IllegalArgumentException e) {
                throw ConfigException.bad(name, settings.origin(name), e.getMessage());
              }
            })
        .orElse(fallback);
  }

  private String host(String raw) {
    if (!HOST.matcher(raw).matches()) {
      throw new IllegalArgumentException("must be a host name or IP address, got \"" + raw + "\"");
    }
    return raw;
  }

  private int port(String raw) {
    try {
      int port = Integer.parseInt(raw);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw new IllegalArgumentException(
        "must be a whole number from 0 to 65535, got \"" + printable(raw) + "\"");
  }

  private Path folder(String raw) {
    try {
      return workingDir.resolve(raw).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("not a usable folder name: " + e.getReason());
    }
  }

  private String jdbcUrl(String raw) {
    if (!raw.startsWith("jdbc:h2:") && !raw.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("must be a jdbc:h2: or jdbc:postgresql: URL");
    }
    return raw;
  }

  private Secret userIdSecret(String raw) {
    if (raw.length() < MIN_SECRET_CHARS) {
      throw ConfigException.bad(
          Names.USER_ID_SECRET,
          "environment",
          "must be at least " + MIN_SECRET_CHARS + " characters (a random string)");
    }
    return new Secret(raw);
  }

  private String level(String raw) {
    String level = raw.toUpperCase(Locale.ROOT);
    if (!LEVELS.contains(level)) {
      throw new IllegalArgumentException(
          "must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF, got \"" + printable(raw) + "\"");
    }
    return level;
  }

  private double fraction(String raw) {
    try {
      double value = Double.parseDouble(raw);
      if (value >= 0 && value <= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the value
    }
    throw new IllegalArgumentException(
        "must be a number from 0 to 1 such as 0.85, got \"" + printable(raw) + "\"");
  }

  private void prepareDataFolder(Path data) {
    try {
      Files.createDirectories(data);
    } catch (IOException | SecurityException e) {
      throw ConfigException.bad(
          Names.DATA, settings.origin(Names.DATA), "cannot create the folder " + data);
    }
    if (!Files.isDirectory(data) || !Files.isWritable(data)) {
      throw ConfigException.bad(
          Names.DATA, settings.origin(Names.DATA), "the folder " + data + " is not writable");
    }
  }

  /** Keeps error messages on one line and short whatever was typed. */
  private static String printable(String raw) {
    String oneLine = raw.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
  }
}
