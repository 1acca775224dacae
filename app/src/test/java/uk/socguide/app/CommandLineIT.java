package uk.socguide.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
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
  void aBadTelegramSettingStopsStartUpWithOneLineNamingIt() throws Exception {
    String token = "123456789:a-well-shaped-token-for-this-test_0000";
    Result mode =
        run(Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_MODE", "carrier-pigeon"), "serve");
    Result secret = run(Map.of("TELEGRAM_BOT_TOKEN", token, "TELEGRAM_MODE", "webhook"), "serve");

    assertThat(mode.code()).isEqualTo(3);
    assertThat(mode.err())
        .isEqualTo(
            "soc-guide: bad setting TELEGRAM_MODE (environment): must be polling or webhook, not"
                + " 'carrier-pigeon'\n");
    assertThat(secret.code()).isEqualTo(3);
    assertThat(secret.err())
        .isEqualTo(
            "soc-guide: bad setting TELEGRAM_WEBHOOK_URL: is required when TELEGRAM_MODE=webhook\n");
    assertThat(mode.out() + secret.out()).doesNotContain(token);
    assertThat(dir.resolve("data/user-id.secret")).as("checked before anything").doesNotExist();
  }

  @Test
  void aPortInUseIsNamedInOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Result result =
          run(
              Map.of("SOC_GUIDE_HOST", "127.0.0.1"),
              "serve",
              "--port",
              String.valueOf(taken.getLocalPort()),
              "--data",
              "data");

      assertThat(result.code()).isEqualTo(1);
      assertThat(result.err())
          .contains("soc-guide: cannot listen on 127.0.0.1:" + taken.getLocalPort())
          .doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void theTeamsPackageIsBuiltFromTheTeamsSettings() throws Exception {
    Map<String, String> teams =
        Map.of(
            "MicrosoftAppId", "00000000-0000-0000-0000-000000000001",
            "TeamsDeveloperName", "Example Council",
            "TeamsWebsiteUrl", "https://example.org",
            "TeamsPrivacyUrl", "https://example.org/privacy",
            "TeamsTermsOfUseUrl", "https://example.org/terms");

    Result built = run(teams, "teams", "package", "out/app.zip");
    Result missing = run(Map.of(), "teams", "package", "out/other.zip");

    assertThat(built.code()).as(built.err()).isZero();
    assertThat(dir.resolve("out/app.zip")).isNotEmptyFile();
    assertThat(missing.code()).isEqualTo(3);
    assertThat(missing.err()).startsWith("soc-guide: bad setting Teams");
  }

  @Test
  void helpListsTheCommands() throws Exception {
    Result result = run(Map.of(), "--help");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("serve", "console", "evaluate", "content export DIR");
  }

  @Test
  void contentExportedIsImportedBackUnchangedAndBrokenFilesAreRefused() throws Exception {
    Result exported = run(Map.of(), "content", "export", "out", "--data", "data");
    assertThat(exported.code()).as(exported.err()).isZero();
    assertThat(exported.out()).startsWith("Exported release 1 to ");
    assertThat(dir.resolve("out/routes.yaml")).exists();
    assertThat(dir.resolve("data/user-id.secret")).doesNotExist();

    Result same = run(Map.of(), "content", "import", "out", "--data", "data", "--author", "ci");
    assertThat(same.code()).as(same.err()).isZero();
    assertThat(same.out()).startsWith("Imported 0 changed item(s)");

    Path routes = dir.resolve("out/routes.yaml");
    Files.writeString(routes, Files.readString(routes) + "\n  - id: [broken\n");
    Result broken = run(Map.of(), "content", "import", "out", "--data", "data");
    assertThat(broken.code()).isEqualTo(1);
    assertThat(broken.err()).contains("nothing was imported", "routes.yaml");

    assertThat(run(Map.of(), "content", "import", "missing", "--data", "data").code()).isEqualTo(2);
  }

  @Test
  void theShippedSeedMeetsTheShippedFloors() throws Exception {
    Result result = run(Map.of(), "evaluate", "--report", "reports/seed.md");

    assertThat(result.code()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("Every floor is met").doesNotContain("BELOW FLOOR");
  }

  @Test
  void evaluationWritesItsReportAndFailsBelowAConfiguredFloor() throws Exception {
    Map<String, String> floors =
        Map.of(
            "SOC_GUIDE_EVAL_MIN_TOP1", "1",
            "SOC_GUIDE_EVAL_MIN_OOS_RECALL", "0",
            "SOC_GUIDE_EVAL_MIN_OOS_PRECISION", "0",
            "SOC_GUIDE_EVAL_MIN_MUST_ANSWER", "0");

    Result result = run(floors, "evaluate", "--folds", "2", "--report", "reports/eval.md");

    assertThat(result.code()).as(result.err()).isEqualTo(1);
    assertThat(result.out())
        .contains("top-1 accuracy", "out-of-scope recall", "must-answer")
        .contains("BELOW FLOOR: top-1 accuracy")
        .doesNotContain("BELOW FLOOR: out-of-scope", "BELOW FLOOR: must-answer");
    assertThat(Files.readString(dir.resolve("reports/eval.md"))).contains("top-1");
  }

  @Test
  void theConsoleAnswersPipedQuestionsAndANumberPicksAChoice() throws Exception {
    Path input = dir.resolve("questions.txt");
    Files.writeString(input, "how do I report fraud?\n1\n");
    Path out = dir.resolve("console.txt");
    Process console =
        program(Map.of(), "console", "--data", "data")
            .redirectInput(input.toFile())
            .redirectOutput(out.toFile())
            .redirectError(dir.resolve("console-err.txt").toFile())
            .start();
    assertThat(console.waitFor(90, TimeUnit.SECONDS)).isTrue();

    String transcript = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(console.exitValue()).as(transcript).isZero();
    assertThat(transcript)
        .contains("999", "Source", "Last reviewed", "  1. ", "Helpful", "Not helpful")
        .doesNotContain("<p>", "**", "you>");
    Matcher firstChoice = Pattern.compile("(?m)^  1\\. (.+)$").matcher(transcript);
    assertThat(firstChoice.find()).isTrue();
    // the welcome offers choices too; the pick is numbered against the fraud answer's choices
    assertThat(transcript).containsPattern("(?m)^> .+$");
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
      assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
      assertThat(health.body()).contains("\"checks\"");
      assertThat(dir.resolve("data/user-id.secret")).exists();
      HttpResponse<String> teams =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString("{not json"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(teams.statusCode()).as("the Teams route is bound").isEqualTo(400);

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
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
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
