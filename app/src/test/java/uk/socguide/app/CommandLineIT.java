package uk.socguide.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged program, run as {@code ./bot} runs it: {@code java -jar target/soc-guide.jar}. */
class CommandLineIT {
  private static final Path JAR = Path.of("target", "soc-guide.jar").toAbsolutePath();
  private static final Pattern READY = Pattern.compile("ready on http://localhost:(\\d+)/");

  @TempDir Path dir;

  private ProcessBuilder program(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("SOC_GUIDE_"));
    pb.environment().putAll(env);
    return pb;
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private record Result(int code, String out, String err) {}

  private Result run(Map<String, String> env, String... args) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p =
        program(env, args)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void aBadSettingStopsStartUpWithOneLineAndNoStackTrace() throws Exception {
    Result result = run(Map.of("SOC_GUIDE_PORT", "http"), "serve");

    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo(
            "soc-guide: bad setting SOC_GUIDE_PORT (environment): must be a whole number from 0"
                + " to 65535, got \"http\"\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aBadFlagBeatsAGoodEnvironmentSettingAndIsNamedAsTheFlag() throws Exception {
    Result result = run(Map.of("SOC_GUIDE_PORT", "8080"), "console", "--port=99999");

    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err()).startsWith("soc-guide: bad setting SOC_GUIDE_PORT (--port):");
  }

  @Test
  void aSecretInTheSettingsFileIsRefused() throws Exception {
    Files.writeString(dir.resolve("soc-guide.properties"), "TELEGRAM_BOT_TOKEN=123:secret\n");

    Result result = run(Map.of(), "serve");

    assertThat(result.code()).isEqualTo(3);
    assertThat(result.err())
        .startsWith("soc-guide: bad setting TELEGRAM_BOT_TOKEN (soc-guide.properties)")
        .doesNotContain("123:secret");
  }

  @Test
  void helpListsTheCommands() throws Exception {
    Result result = run(Map.of(), "--help");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("serve", "console", "evaluate", "content export DIR");
  }

  @Test
  void theServerAnswersHealthAndStopsGracefullyOnSigterm() throws Exception {
    Path logFile = dir.resolve("server.log");
    Process server =
        program(Map.of(), "serve", "--port", "0", "--data", "data")
            .redirectErrorStream(true)
            .redirectOutput(logFile.toFile())
            .start();
    try {
      int port = awaitPort(server, logFile);

      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isIn(200, 503);
      assertThat(health.body()).contains("\"checks\"");
      assertThat(dir.resolve("data/user-id.secret")).exists();

      long stopping = System.nanoTime();
      server.destroy(); // SIGTERM
      assertThat(server.waitFor(15, TimeUnit.SECONDS)).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(8));
      assertThat(Files.readString(logFile)).contains("Stopping").doesNotContain("Exception");
    } finally {
      server.destroyForcibly();
    }
  }

  private static int awaitPort(Process server, Path logFile) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline && server.isAlive()) {
      Matcher m = READY.matcher(Files.readString(logFile, StandardCharsets.UTF_8));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("server did not start:\n" + Files.readString(logFile));
  }
}
