package uk.socguide.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.intents.Floors;

class ConfigLoaderTest {
  @TempDir Path dir;

  private AppConfig load(String file, Map<String, String> env, Map<String, String> flags)
      throws IOException {
    Path settingsFile = dir.resolve(Settings.DEFAULT_FILE);
    if (file != null) {
      Files.writeString(settingsFile, file);
    } else {
      Files.deleteIfExists(settingsFile);
    }
    return new ConfigLoader(Settings.load(flags, null, env, dir), dir).load();
  }

  private String error(String file, Map<String, String> env, Map<String, String> flags) {
    try {
      load(file, env, flags);
    } catch (ConfigException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return e.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error");
  }

  @Test
  void defaultsNeedNoSettingsAtAll() throws IOException {
    AppConfig config = load(null, Map.of(), Map.of());

    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.dataDir()).isEqualTo(dir.resolve("data"));
    assertThat(Files.isDirectory(config.dataDir())).isTrue();
    assertThat(config.database().url())
        .isEqualTo(
            "jdbc:h2:file:"
                + dir.resolve("data/soc-guide")
                + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE");
    assertThat(config.database().isH2()).isTrue();
    assertThat(config.database().passwordText()).isEmpty();
    assertThat(config.userIdSecret()).isNull();
    assertThat(config.logLevel()).isEqualTo("INFO");
    assertThat(config.floors()).isEqualTo(new EvaluationFloors(0.85, 0.85, 0.90, 0.90));
  }

  @Test
  void evaluationAndPublishingCheckTheSameFourConfiguredFloors() throws IOException {
    AppConfig config =
        load(
            null,
            Map.of(
                "SOC_GUIDE_EVAL_MIN_TOP1", "0.1",
                "SOC_GUIDE_EVAL_MIN_OOS_RECALL", "0.2",
                "SOC_GUIDE_EVAL_MIN_OOS_PRECISION", "0.3",
                "SOC_GUIDE_EVAL_MIN_MUST_ANSWER", "0.42"),
            Map.of());

    assertThat(config.floors().toFloors()).isEqualTo(new Floors(0.1, 0.2, 0.3, 0.42));
  }

  @Test
  void environmentOverridesTheFileAndFlagsOverrideBoth() throws IOException {
    String file = "SOC_GUIDE_PORT=9001\nSOC_GUIDE_DATA=from-file\nSOC_GUIDE_LOG_LEVEL=debug\n";

    AppConfig fileOnly = load(file, Map.of(), Map.of());
    assertThat(fileOnly.port()).isEqualTo(9001);
    assertThat(fileOnly.dataDir()).isEqualTo(dir.resolve("from-file"));
    assertThat(fileOnly.logLevel()).isEqualTo("DEBUG");

    Map<String, String> env = Map.of("SOC_GUIDE_PORT", "9002", "SOC_GUIDE_DATA", "from-env");
    AppConfig withEnv = load(file, env, Map.of());
    assertThat(withEnv.port()).isEqualTo(9002);
    assertThat(withEnv.dataDir()).isEqualTo(dir.resolve("from-env"));
    assertThat(withEnv.logLevel()).isEqualTo("DEBUG");

    AppConfig withFlags =
        load(file, env, Map.of("SOC_GUIDE_PORT", "9003", "SOC_GUIDE_DATA", "/tmp/../" + dir));
    assertThat(withFlags.port()).isEqualTo(9003);
    assertThat(withFlags.dataDir()).isEqualTo(dir.toAbsolutePath().normalize());
  }

  @Test
  void theDatabaseUrlDefaultsIntoTheDataFolderUnlessSet() throws IOException {
    AppConfig config =
        load(
            null,
            Map.of(
                "SOC_GUIDE_DB_URL",
                "jdbc:postgresql://127.0.0.1/socguide",
                "SOC_GUIDE_DB_USER",
                "guide",
                "SOC_GUIDE_DB_PASSWORD",
                "pw"),
            Map.of());

    assertThat(config.database().url()).isEqualTo("jdbc:postgresql://127.0.0.1/socguide");
    assertThat(config.database().user()).isEqualTo("guide");
    assertThat(config.database().passwordText()).isEqualTo("pw");
    assertThat(config.database().toString()).doesNotContain("pw");
  }

  @Test
  void blankValuesCountAsUnset() throws IOException {
    assertThat(load("SOC_GUIDE_PORT=\n", Map.of("SOC_GUIDE_HOST", " "), Map.of()).port())
        .isEqualTo(8080);
  }

  @Test
  void eachBadSettingIsNamedWithWhereItCameFrom() {
    assertThat(error(null, Map.of(), Map.of("SOC_GUIDE_PORT", "80x")))
        .isEqualTo(
            "bad setting SOC_GUIDE_PORT (--port): must be a whole number from 0 to 65535, got"
                + " \"80x\"");
    assertThat(error(null, Map.of("SOC_GUIDE_PORT", "70000"), Map.of()))
        .startsWith("bad setting SOC_GUIDE_PORT (environment): must be a whole number");
    assertThat(error("SOC_GUIDE_PORT=-1\n", Map.of(), Map.of()))
        .startsWith("bad setting SOC_GUIDE_PORT (soc-guide.properties): must be");
    assertThat(error(null, Map.of("SOC_GUIDE_HOST", "bad host!"), Map.of()))
        .startsWith("bad setting SOC_GUIDE_HOST (environment): must be a host name");
    assertThat(error(null, Map.of("SOC_GUIDE_DB_URL", "jdbc:mysql://x/y"), Map.of()))
        .isEqualTo(
            "bad setting SOC_GUIDE_DB_URL (environment): must be a jdbc:h2: or jdbc:postgresql:"
                + " URL");
    assertThat(error(null, Map.of("SOC_GUIDE_LOG_LEVEL", "LOUD"), Map.of()))
        .startsWith("bad setting SOC_GUIDE_LOG_LEVEL (environment): must be one of TRACE");
    assertThat(error(null, Map.of("SOC_GUIDE_EVAL_MIN_TOP1", "85"), Map.of()))
        .isEqualTo(
            "bad setting SOC_GUIDE_EVAL_MIN_TOP1 (environment): must be a number from 0 to 1 such"
                + " as 0.85, got \"85\"");
    assertThat(error(null, Map.of("SOC_GUIDE_EVAL_MIN_OOS_RECALL", "x"), Map.of()))
        .startsWith("bad setting SOC_GUIDE_EVAL_MIN_OOS_RECALL (environment)");
    assertThat(error(null, Map.of("SOC_GUIDE_EVAL_MIN_OOS_PRECISION", "1.5"), Map.of()))
        .startsWith("bad setting SOC_GUIDE_EVAL_MIN_OOS_PRECISION (environment)");
    assertThat(error(null, Map.of("SOC_GUIDE_EVAL_MIN_MUST_ANSWER", "ninety"), Map.of()))
        .startsWith("bad setting SOC_GUIDE_EVAL_MIN_MUST_ANSWER (environment)");
    assertThat(error(null, Map.of("SOC_GUIDE_USER_ID_SECRET", "short"), Map.of()))
        .isEqualTo(
            "bad setting SOC_GUIDE_USER_ID_SECRET (environment): must be at least 32 characters (a"
                + " random string)");
  }

  @Test
  void aSecretInTheFileIsRefusedWithoutShowingIt() {
    for (String secret : Settings.SECRETS) {
      String message = error(secret + "=hunter2-very-secret\n", Map.of(), Map.of());
      assertThat(message)
          .startsWith("bad setting " + secret + " (soc-guide.properties): a secret is read")
          .doesNotContain("hunter2");
    }
  }

  @Test
  void aMisspeltNameIsRefusedFromTheFileOrTheEnvironment() {
    assertThat(error("SOC_GUIDE_PROT=9000\n", Map.of(), Map.of()))
        .isEqualTo("bad setting SOC_GUIDE_PROT (soc-guide.properties): unknown setting name");
    assertThat(error(null, Map.of("SOC_GUIDE_DATADIR", "x"), Map.of()))
        .isEqualTo("bad setting SOC_GUIDE_DATADIR (environment): unknown setting name");
  }

  @Test
  void aDataFolderThatCannotBeCreatedIsNamed() throws IOException {
    Files.writeString(dir.resolve("a-file"), "x");

    assertThat(error(null, Map.of(), Map.of("SOC_GUIDE_DATA", "a-file/data")))
        .startsWith("bad setting SOC_GUIDE_DATA (--data): cannot create the folder ");
  }

  @Test
  void aNamedSettingsFileMustExist() {
    Map<String, String> env = new HashMap<>();
    env.put("SOC_GUIDE_CONFIG", "missing.properties");

    assertThatThrownBy(() -> Settings.load(Map.of(), null, env, dir))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "bad setting SOC_GUIDE_CONFIG: no such file " + dir.resolve("missing.properties"));
    assertThatThrownBy(() -> Settings.load(Map.of(), Path.of("nope.properties"), Map.of(), dir))
        .hasMessageStartingWith("bad setting --config: no such file");
  }

  @Test
  void aNamedSettingsFileIsReadInsteadOfTheDefault() throws IOException {
    Files.writeString(dir.resolve("other.properties"), "SOC_GUIDE_PORT=7000\n");
    Files.writeString(dir.resolve(Settings.DEFAULT_FILE), "SOC_GUIDE_PORT=7001\n");

    Settings settings = Settings.load(Map.of(), Path.of("other.properties"), Map.of(), dir);

    assertThat(new ConfigLoader(settings, dir).load().port()).isEqualTo(7000);
  }

  @Test
  void adaptersReadTheirSettingsByNameAndSecretsOnlyFromTheEnvironment() {
    Settings settings =
        Settings.of(
            Map.of("MicrosoftAppId", "app-from-file", "TELEGRAM_MODE", "webhook"),
            Map.of("TELEGRAM_MODE", "polling", "TELEGRAM_BOT_TOKEN", "123:abc"));

    assertThat(settings.value("MicrosoftAppId")).contains("app-from-file");
    assertThat(settings.value("TELEGRAM_MODE")).contains("polling");
    assertThat(settings.secret("TELEGRAM_BOT_TOKEN")).contains("123:abc");
    assertThat(settings.value("TELEGRAM_BOT_TOKEN")).contains("123:abc");
    assertThat(settings.value("MicrosoftAppPassword")).isEmpty();
  }
}
