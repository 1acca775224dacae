package uk.socguide.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every setting by name, from three places: the optional properties file, the environment, and
 * command-line flags, each overriding the one before. A setting has one name everywhere (the file
 * uses the environment variable's name). Secrets are read from the environment only; naming one in
 * the file is an error, so that no secret ends up in a file that may be shared or committed.
 *
 * <p>The adapters' settings ({@code MicrosoftAppId}, {@code TELEGRAM_MODE} ...) are read from here
 * by name and turned into each adapter's own typed settings when the app wires it.
 */
public final class Settings {
  /** The default properties file, looked for in the working directory. */
  public static final String DEFAULT_FILE = "soc-guide.properties";

  /** Names read from the environment only. */
  public static final Set<String> SECRETS =
      Set.of(
          Names.DB_PASSWORD,
          Names.USER_ID_SECRET,
          "MicrosoftAppPassword",
          "TELEGRAM_BOT_TOKEN",
          "TELEGRAM_WEBHOOK_SECRET");

  private final Map<String, String> file;
  private final String fileName;
  private final Map<String, String> env;
  private final Map<String, String> flags;

  private Settings(
      Map<String, String> file,
      String fileName,
      Map<String, String> env,
      Map<String, String> flags) {
    this.file = Map.copyOf(file);
    this.fileName = fileName;
    this.env = Map.copyOf(env);
    this.flags = Map.copyOf(flags);
  }

  /**
   * Reads the settings file and checks every {@code SOC_GUIDE_} name in it and in the environment.
   *
   * @param flags settings given on the command line, by setting name
   * @param configFile the file named by {@code --config}, or {@code null}
   * @param env the process environment
   * @param workingDir where the default file is looked for
   */
  public static Settings load(
      Map<String, String> flags, Path configFile, Map<String, String> env, Path workingDir) {
    Path file = configFile;
    String origin = "--config";
    if (file == null && nonBlank(env.get(Names.CONFIG))) {
      file = Path.of(env.get(Names.CONFIG));
      origin = Names.CONFIG;
    }
    if (file == null) {
      Path local = workingDir.resolve(DEFAULT_FILE);
      if (!Files.exists(local)) {
        return checked(new Settings(Map.of(), null, env, flags));
      }
      file = local;
    } else if (!file.isAbsolute()) {
      file = workingDir.resolve(file);
    }
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("bad setting " + origin + ": no such file " + file);
    }
    return checked(new Settings(read(file), file.getFileName().toString(), env, flags));
  }

  /** Settings from maps only, for tests and tools. */
  public static Settings of(Map<String, String> file, Map<String, String> env) {
    return checked(new Settings(file, DEFAULT_FILE, env, Map.of()));
  }

  private static Map<String, String> read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigException("cannot read settings file " + file + ": " + e.getMessage());
    }
    Map<String, String> values = new HashMap<>();
    for (String name : properties.stringPropertyNames()) {
      values.put(name.strip(), properties.getProperty(name).strip());
    }
    return values;
  }

  private static Settings checked(Settings s) {
    for (String name : new TreeSet<>(s.file.keySet())) {
      if (SECRETS.contains(name)) {
        throw new ConfigException(
            "bad setting "
                + name
                + " ("
                + s.fileName
                + "): a secret is read from the environment only; remove it from the file");
      }
      if (name.startsWith(Names.PREFIX) && !Names.ALL.contains(name)) {
        throw new ConfigException(
            "bad setting " + name + " (" + s.fileName + "): unknown setting name");
      }
    }
    for (String name : new TreeSet<>(s.env.keySet())) {
      if (name.startsWith(Names.PREFIX) && !Names.ALL.contains(name)) {
        throw new ConfigException("bad setting " + name + " (environment): unknown setting name");
      }
    }
    return s;
  }

  /** The setting's value: the flag, else the environment, else the file; blank counts as unset. */
  public Optional<String> value(String name) {
    if (SECRETS.contains(name)) {
      return secret(name);
    }
    for (Map<String, String> source : List.of(flags, env, file)) {
      String v = source.get(name);
      if (nonBlank(v)) {
        return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }

  /** A secret's value, from the environment only. */
  public Optional<String> secret(String name) {
    String v = env.get(name);
    return nonBlank(v) ? Optional.of(v) : Optional.empty();
  }

  /** Where the setting's value comes from, for error messages: a flag, "environment" or a file. */
  public String origin(String name) {
    if (nonBlank(flags.get(name))) {
      return Names.flagFor(name);
    }
    if (nonBlank(env.get(name))) {
      return "environment";
    }
    if (nonBlank(file.get(name))) {
      return fileName;
    }
    return "default";
  }

  private static boolean nonBlank(String s) {
    return s != null && !s.isBlank();
  }
}
