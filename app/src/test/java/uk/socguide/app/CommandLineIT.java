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
import uk.socguide.content.store.Database;

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

  /** What is pending in the program's database, read after the program has exited. */
  private List<String> pendingIn(Path data) {
    try (Database db = Database.h2File(data.resolve("soc-guide"))) {
      return db.drafts().pendingChanges().stream()
          .map(
              c ->
                  c.ref()
                      + " "
                      + c.status().name().toLowerCase(java.util.Locale.ROOT)
                      + " by "
                      + c.changedBy())
          .toList();
    }
  }

  private static void edit(Path file, String from, String to) throws Exception {
    String before = Files.readString(file);
    String after = before.replace(from, to);
    assertThat(after).as("%s holds %s", file, from).isNotEqualTo(before);
    Files.writeString(file, after);
  }

  private static int lineOf(Path file, String needle) throws Exception {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " has no line with " + needle);
  }

  /** The line of the {@code text:} key whose (block) value holds {@code needle}. */
  private static int textKeyAbove(Path file, String needle) throws Exception {
    List<String> lines = Files.readAllLines(file);
    for (int i = lineOf(file, needle) - 1; i >= 0; i--) {
      if (lines.get(i).strip().startsWith("text:")) {
        return i + 1;
      }
    }
    throw new AssertionError("no text: key above " + needle);
  }

  @Test
  void anEditedExportImportsAsExactlyThatDraftAndBrokenFilesAreRefusedByFileAndLine()
      throws Exception {
    Result exported = run(Map.of(), "content", "export", "out", "--data", "data");
    assertThat(exported.code()).as(exported.err()).isZero();
    assertThat(exported.out()).startsWith("Exported release 1 to ");
    assertThat(dir.resolve("out/routes.yaml")).exists();
    assertThat(dir.resolve("data/user-id.secret")).doesNotExist();

    Path reporting = dir.resolve("out/reporting.yaml");
    String fraudTitle = "title: Reporting fraud and cyber crime";
    edit(reporting, fraudTitle, "title: Reporting scams and cyber crime");
    Result changed = run(Map.of(), "content", "import", "out", "--data", "data", "--author", "ci");
    assertThat(changed.code()).as(changed.err()).isZero();
    assertThat(changed.out())
        .startsWith("Imported 1 changed item(s) from ")
        .contains("Nothing is live until it is approved and published.")
        .contains("  drafted: topic report.fraud");
    assertThat(pendingIn(dir.resolve("data"))).containsExactly("topic report.fraud draft by ci");

    Result live = run(Map.of(), "content", "export", "live", "--data", "data");
    assertThat(live.out()).startsWith("Exported release 1 to ");
    assertThat(Files.readString(dir.resolve("live/reporting.yaml")))
        .as("the live release keeps the old title until it is published")
        .contains(fraudTitle)
        .doesNotContain("Reporting scams");

    // each broken import also carries a valid change elsewhere: none of it may be drafted
    Path roles = dir.resolve("out/roles.yaml");
    Path routes = dir.resolve("out/routes.yaml");
    edit(routes, "name: Crimestoppers", "name: CrimeStoppers");
    edit(roles, "title: The National Crime Agency (NCA)", "title: The NCA: who they are");
    Result badYaml = run(Map.of(), "content", "import", "out", "--data", "data");
    assertThat(badYaml.code()).isEqualTo(1);
    assertThat(badYaml.err())
        .contains("nothing was imported")
        .contains("roles.yaml:" + lineOf(roles, "title: The NCA: who they are"));

    edit(roles, "title: The NCA: who they are", "title: The National Crime Agency (NCA)");
    edit(reporting, "{route:report-fraud}", "{route:nowhere}");
    Result unknownRoute = run(Map.of(), "content", "import", "out", "--data", "data");
    assertThat(unknownRoute.code()).isEqualTo(1);
    assertThat(unknownRoute.err())
        .contains("nothing was imported")
        .contains(
            "reporting.yaml:"
                + textKeyAbove(reporting, "{route:nowhere}")
                + ": topic report.fraud: topics[")
        .contains("unknown route 'nowhere'");
    assertThat(pendingIn(dir.resolve("data"))).containsExactly("topic report.fraud draft by ci");

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
