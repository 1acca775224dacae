package uk.socguide.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.socguide.app.metrics.Metrics;
import uk.socguide.app.metrics.TurnMetrics;
import uk.socguide.app.wiring.Application;
import uk.socguide.app.wiring.Assistant;
import uk.socguide.app.wiring.SeededAssistant;
import uk.socguide.core.UserIds;

/** The HTTP routes on a real server at port 0. */
class HttpApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Metrics metrics;
  private static Application app;
  private static String base;

  @BeforeAll
  static void start() {
    metrics = new Metrics();
    Assistant assistant = SeededAssistant.open(new TurnMetrics(metrics.registry()));
    app =
        Application.start(
            "127.0.0.1", 0, assistant, new UserIds(SeededAssistant.USER_ID_KEY), metrics);
    base = "http://127.0.0.1:" + app.port();
  }

  private static double turnsCounted() {
    return metrics.registry().find("socguide.turns").counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.POST(BodyPublishers.ofByteArray(body)));
  }

  static HttpResponse<String> postJson(String path, String json) throws Exception {
    return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  static String quoted(String text) throws IOException {
    return JSON.writeValueAsString(text);
  }

  @Test
  void aQuestionGetsAnAnswerWithItsSourceAndReviewDate() throws Exception {
    HttpResponse<String> response =
        postJson("/api/chat", "{\"conversationId\":\"it-1\",\"text\":\"how do I report fraud?\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type"))
        .get()
        .asString()
        .startsWith("application/json");
    JsonNode body = json(response);
    assertThat(body.get("conversationId").asText()).isEqualTo("it-1");
    assertThat(body.get("intent").asText()).isEqualTo("report.fraud");
    assertThat(body.get("fallback").asBoolean()).isFalse();
    assertThat(body.get("confidence").asDouble()).isBetween(0.0, 1.0);
    JsonNode answer = null;
    for (JsonNode reply : body.get("replies")) {
      if (reply.get("sources").size() > 0) {
        answer = reply;
      }
    }
    assertThat(answer).as(body.toString()).isNotNull();
    assertThat(answer.get("sources").get(0).get("url").asText()).startsWith("https://");
    assertThat(answer.get("lastReviewed").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(answer.get("markup").asText()).startsWith("<p>");
    assertThat(answer.get("feedbackTopic").asText()).isEqualTo("report.fraud");
  }

  @Test
  void aQuestionOutsideWhatItKnowsFallsBackWithNoIntentAndThreeSuggestions() throws Exception {
    JsonNode body = json(postJson("/api/chat", "{\"text\":\"when is my bin day?\"}"));

    assertThat(body.get("fallback").asBoolean()).as(body.toString()).isTrue();
    assertThat(body.get("intent").isNull()).as(body.toString()).isTrue();
    assertThat(body.get("replies").get(0).get("suggestions")).hasSize(3);
  }

  @Test
  void aFollowUpIsAnsweredInTheSameConversation() throws Exception {
    postJson("/api/chat", "{\"conversationId\":\"it-2\",\"text\":\"how do I report fraud?\"}");

    JsonNode followUp =
        json(
            postJson(
                "/api/chat",
                "{\"conversationId\":\"it-2\",\"text\":\"what if I'm in Scotland?\"}"));

    assertThat(followUp.get("fallback").asBoolean()).as(followUp.toString()).isFalse();
    assertThat(followUp.toString()).contains("Scotland");
  }

  @Test
  void parsingChangesNoConversation() throws Exception {
    double before = turnsCounted();

    HttpResponse<String> response = postJson("/api/parse", "{\"text\":\"how do I report fraud?\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("ranking").get(0).get("intent").asText()).isEqualTo("report.fraud");
    assertThat(body.get("entities").toString()).contains("fraud");
    assertThat(turnsCounted()).isEqualTo(before);
  }

  @Test
  void everyClientMistakeHasItsStatusAndAJsonError() throws Exception {
    assertError(postJson("/api/chat", "{\"text\":"), 400);
    assertError(postJson("/api/chat", "{\"conversationId\":\"x\"}"), 400);
    assertError(postJson("/api/chat", "{\"text\":\"\"}"), 400);
    assertError(postJson("/api/chat", "{\"text\":" + quoted("x".repeat(2001)) + "}"), 413);
    assertError(post("/api/chat", "text/plain", "{\"text\":\"hi\"}".getBytes()), 415);
    assertError(post("/api/chat", "application/x-www-form-urlencoded", "text=hi".getBytes()), 415);
    assertError(post("/api/chat", null, "{\"text\":\"hi\"}".getBytes()), 415);
    assertError(get("/no/such/route"), 404);
    assertError(postJson("/api/nothing", "{}"), 404);
    assertError(get("/api/chat"), 405);
    assertError(post("/api/chat", "application/json", new byte[2 * 1024 * 1024]), 413);
    assertError(postJson("/api/parse", "{\"text\":" + quoted("y".repeat(2001)) + "}"), 413);
  }

  private static void assertError(HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("content-type"))
        .get()
        .asString()
        .startsWith("application/json");
    assertThat(json(response).get("error").asText()).isNotBlank();
  }

  /** Inputs an attacker or a confused client might send: none may cause a 500. */
  static List<byte[]> hostileBodies() throws IOException {
    List<String> texts =
        List.of(
            "'; DROP TABLE topics; --",
            "1' OR '1'='1",
            "<script>alert('x')</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg/onload=alert(1)>",
            "[click](javascript:alert(1)) **<b>bold</b>**",
            "{{7*7}} ${7*7} #{7*7}",
            "\u0000\u0000 NUL bytes \u0000",
            "\u001b[31m terminal escape",
            "\uD83D\uDE00\uD83D\uDD25\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 emoji",
            "\u0645\u0631\u062D\u0628\u0627 \u202Ereversed\u202C \u05E9\u05DC\u05D5\u05DD",
            "\uFEFF\u200B\u2028\u2029 invisible",
            "#feedback:yes:../../etc/passwd",
            "#topic:%00",
            "x".repeat(100_000));
    List<byte[]> bodies = new ArrayList<>();
    for (String text : texts) {
      bodies.add(("{\"text\":" + quoted(text) + "}").getBytes(StandardCharsets.UTF_8));
      bodies.add(
          ("{\"conversationId\":" + quoted(text) + ",\"text\":\"hi\"}")
              .getBytes(StandardCharsets.UTF_8));
      bodies.add(
          ("{\"text\":\"hi\",\"audience\":" + quoted(text) + "}").getBytes(StandardCharsets.UTF_8));
    }
    bodies.add("{\"text\":\"\uD800\"}".getBytes(StandardCharsets.UTF_8)); // lone surrogate
    bodies.add(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}'});
    bodies.add(new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 0, '"', '}'}); // raw NUL
    bodies.add(new byte[] {(byte) 0xC0, (byte) 0x80});
    bodies.add(("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)).getBytes());
    bodies.add(("[".repeat(3000) + "]".repeat(3000)).getBytes());
    bodies.add("{\"text\":\"a\\ud83d\"}".getBytes());
    bodies.add("{\"text\":\"\\u0000\"}".getBytes());
    bodies.add("{\"text\":1e999999}".getBytes());
    bodies.add("{\"text\":\"hi\",\"conversationId\":{\"$ne\":null}}".getBytes());
    bodies.add("null".getBytes());
    bodies.add("\"just a string\"".getBytes());
    bodies.add(new byte[0]);
    return bodies;
  }

  @Test
  void hostileInputNeverCausesAServerErrorAndIsEscapedWhereShown() throws Exception {
    for (String path : List.of("/api/chat", "/api/parse")) {
      for (byte[] body : hostileBodies()) {
        HttpResponse<String> response = post(path, "application/json; charset=utf-8", body);
        String shown = new String(body, 0, Math.min(body.length, 60), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(path + " " + shown).isBetween(200, 499);
        JsonNode json = json(response);
        if (response.statusCode() == 200 && path.equals("/api/chat")) {
          for (JsonNode reply : json.get("replies")) {
            String markup = reply.get("markup").asText();
            assertThat(markup)
                .as(shown)
                .doesNotContain("<script", "<img", "<svg", "<b>", "href=\"javascript", "\u0000");
          }
        }
      }
    }
  }

  @Test
  void requestsJettyRejectsBeforeRoutingGetTheSameJsonErrors() throws Exception {
    for (String target : List.of("/%ZZ", "/api/chat%00", "/..%2f..%2fetc/passwd")) {
      try (Socket socket = new Socket("127.0.0.1", app.port())) {
        socket
            .getOutputStream()
            .write(
                ("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        String response =
            new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(response)
            .as(target)
            .startsWith("HTTP/1.1 400")
            .containsIgnoringCase("content-type: application/json")
            .containsIgnoringCase("x-content-type-options: nosniff")
            .contains("{\"error\":\"malformed request\",\"status\":400}");
      }
    }
    HttpResponse<String> huge =
        send(HttpRequest.newBuilder(URI.create(base + "/")).header("X-Big", "a".repeat(20_000)));
    assertError(huge, 431);
  }

  @Test
  void healthIsReadyWithTheDatabaseAndAModel() throws Exception {
    HttpResponse<String> ready = get("/health");

    assertThat(ready.statusCode()).isEqualTo(200);
    JsonNode checks = json(ready).get("checks");
    assertThat(checks.get("database").get("status").asText()).isEqualTo("UP");
    assertThat(checks.get("model").get("status").asText()).isEqualTo("UP");
    assertThat(checks.get("model").get("detail").asText()).startsWith("release 1");
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void metricsCountTurnsAndOutcomesPerChannel() throws Exception {
    postJson("/api/chat", "{\"text\":\"how do I report fraud?\"}");
    postJson("/api/chat", "{\"text\":\"qwzx vlorp snark\"}");
    postJson("/api/chat", "{\"text\":\"a man is attacking someone outside right now\"}");
    postJson("/api/chat", "{\"text\":\"what does the home office do about organised crime\"}");

    HttpResponse<String> metrics = get("/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("content-type"))
        .get()
        .asString()
        .startsWith("text/plain");
    assertThat(metrics.body())
        .contains("socguide_turns_total{channel=\"web\",outcome=\"answer\"}")
        .contains("socguide_turns_total{channel=\"web\",outcome=\"fallback\"}")
        .contains("socguide_fallbacks_total{channel=\"web\"}")
        .contains("socguide_safety_interrupts_total{channel=\"web\"}")
        .contains("socguide_clarifications_total{channel=\"web\"}")
        .contains("socguide_turn_seconds_bucket{channel=\"web\"")
        .contains("jvm_memory_used_bytes");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() throws Exception {
    for (HttpResponse<String> response :
        List.of(get("/"), get("/assets/chat.js"), postJson("/api/chat", "{}"), get("/nope"))) {
      assertThat(response.headers().firstValue("content-security-policy"))
          .get()
          .asString()
          .contains("script-src 'self'", "frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(response.headers().firstValue("x-content-type-options")).contains("nosniff");
      assertThat(response.headers().firstValue("referrer-policy")).contains("no-referrer");
    }
  }

  @Test
  void thePageAndItsAssetsAreServedFromTheServerWithNoInlineScript() throws Exception {
    HttpResponse<String> page = get("/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("content-type")).get().asString().startsWith("text/html");
    assertThat(page.body())
        .contains("<script src=\"/assets/chat.js\" defer></script>")
        .doesNotContain("<script>", "http://", "https://", "onclick=");
    assertThat(get("/assets/chat.js").headers().firstValue("content-type"))
        .get()
        .asString()
        .startsWith("text/javascript");
    assertThat(get("/assets/chat.css").statusCode()).isEqualTo(200);
    assertThat(get("/assets/icon.svg").statusCode()).isEqualTo(200);
    assertThat(get("/assets/../pom.xml").statusCode()).isEqualTo(404);
  }
}
