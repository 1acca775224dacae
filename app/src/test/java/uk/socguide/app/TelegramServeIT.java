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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.app.testing.FakeTelegramApi;

/**
 * {@code ./bot serve} with Telegram in webhook mode, run as {@code ./bot} runs it, against a fake
 * Bot API on loopback: the webhook route is on the app's one server, updates with the right secret
 * are answered through the same engine as every channel, others are refused, and SIGTERM stops
 * Telegram with the rest.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramServeIT {
  private static final Path JAR = Path.of("target", "soc-guide.jar").toAbsolutePath();
  private static final Pattern READY = Pattern.compile("ready on http://localhost:(\\d+)/");
  private static final String SECRET = "app-wiring_webhook-secret-42";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  private static FakeTelegramApi telegram;
  private static Process server;
  private static Path log;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    telegram = FakeTelegramApi.accepting();
    log = dir.resolve("server.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "serve",
                "--port",
                "0",
                "--data",
                "data"));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("SOC_GUIDE_") || k.startsWith("TELE"));
    pb.environment()
        .putAll(
            Map.of(
                "SOC_GUIDE_HOST",
                "127.0.0.1",
                "TELEGRAM_BOT_TOKEN",
                FakeTelegramApi.TOKEN,
                "TELEGRAM_MODE",
                "webhook",
                "TELEGRAM_WEBHOOK_URL",
                "https://guide.example.gov.uk/telegram/webhook",
                "TELEGRAM_WEBHOOK_SECRET",
                SECRET,
                "TELEGRAM_API_URL",
                telegram.url()));
    server = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    base = "http://127.0.0.1:" + awaitPort();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.destroyForcibly();
    }
    if (telegram != null) {
      telegram.close();
    }
  }

  private static int awaitPort() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline && server.isAlive()) {
      Matcher m = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("server did not start:\n" + Files.readString(log));
  }

  private static HttpResponse<String> postUpdate(String secret, String update) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/telegram/webhook"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(update));
    if (secret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anUpdateWithTheRightSecretIsAnsweredThroughTheMeteredEngine() throws Exception {
    assertThat(telegram.await("setWebhook", c -> true, Duration.ofSeconds(20)))
        .as("the webhook is registered once the server listens")
        .isNotNull();

    HttpResponse<String> posted =
        postUpdate(
            SECRET,
            FakeTelegramApi.textUpdate(7001, 424242, "what does the national crime agency do?"));

    assertThat(posted.statusCode()).isEqualTo(200);
    FakeTelegramApi.Call sent =
        telegram.await(
            "sendMessage",
            c -> c.params().path("chat_id").asLong() == 424242,
            Duration.ofSeconds(20));
    assertThat(sent).as("an answer is sent to the chat").isNotNull();
    assertThat(sent.params().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
    assertThat(sent.params().path("text").asText()).containsIgnoringCase("National Crime Agency");
    assertThat(get("/metrics").body())
        .containsPattern("socguide_turns_total\\{[^}]*channel=\"telegram\"[^}]*\\} 1\\.0")
        .contains("socguide_telegram_updates_dropped_total 0.0");
  }

  @Test
  void aMissingOrWrongSecretIsRefusedAndNothingIsSent() throws Exception {
    HttpResponse<String> wrong =
        postUpdate(SECRET + "x", FakeTelegramApi.textUpdate(7101, 515151, "who are you?"));
    HttpResponse<String> missing =
        postUpdate(null, FakeTelegramApi.textUpdate(7102, 515151, "who are you?"));

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(
            telegram.await(
                "sendMessage",
                c -> c.params().path("chat_id").asLong() == 515151,
                Duration.ofSeconds(2)))
        .isNull();
  }

  @Test
  void healthShowsTelegramAndOnlyTheWebhookIsPostable() throws Exception {
    telegram.await("setWebhook", c -> true, Duration.ofSeconds(20));

    HttpResponse<String> health = get("/health");
    HttpResponse<String> getWebhook = get("/telegram/webhook");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body())
        .contains("\"telegram\":{\"status\":\"UP\",\"detail\":\"registered, webhook mode\"}");
    assertThat(getWebhook.statusCode()).isEqualTo(405);
  }

  @Test
  @Order(Integer.MAX_VALUE) // stops the server the other tests use
  void sigtermStopsTelegramWithTheRestAndNoSecretIsLogged() throws Exception {
    server.destroy();

    assertThat(server.waitFor(15, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(log);
    assertThat(output)
        .contains(
            "channels: browser chat, Teams, Telegram (webhook)",
            "Telegram adapter running in WEBHOOK mode",
            "Telegram adapter stopped")
        .doesNotContain("Exception", SECRET, FakeTelegramApi.TOKEN.substring(10), "424242");
  }
}
