package uk.socguide.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserIdSecretTest {
  @TempDir Path dir;

  private AppConfig config(Map<String, String> env) {
    return new ConfigLoader(Settings.of(Map.of(), env), dir).load();
  }

  @Test
  void aKeyIsCreatedOnceOwnerOnlyAndKept() throws IOException {
    byte[] first = UserIdSecret.load(config(Map.of()));
    Path file = dir.resolve("data").resolve(UserIdSecret.FILE);

    assertThat(first).hasSize(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(UserIdSecret.load(config(Map.of()))).isEqualTo(first);
    assertThat(Files.list(dir.resolve("data"))).containsExactly(file);
  }

  @Test
  void aKeyFileReadableByOthersIsTightened() throws IOException {
    UserIdSecret.load(config(Map.of()));
    Path file = dir.resolve("data").resolve(UserIdSecret.FILE);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    UserIdSecret.load(config(Map.of()));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void theEnvironmentKeyWinsAndNoFileIsWritten() {
    String secret = "s".repeat(40);

    assertThat(UserIdSecret.load(config(Map.of("SOC_GUIDE_USER_ID_SECRET", secret))))
        .isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
    assertThat(dir.resolve("data").resolve(UserIdSecret.FILE)).doesNotExist();
  }

  @Test
  void aDamagedKeyFileStopsStartUpNamingTheSetting() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data").resolve(UserIdSecret.FILE), "not base64 !!");

    assertThatThrownBy(() -> UserIdSecret.load(config(Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("bad setting SOC_GUIDE_USER_ID_SECRET: not set, and ")
        .hasMessageNotContaining("\n");
  }
}
