package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.adapters.teams.fakes.FakeConnector;
import uk.socguide.core.UserIds;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;
import uk.socguide.core.testing.SampleEngine;

/** Without an app id: no authentication, loopback only, loudly; and client mistakes get 4xx. */
class LocalModeIT {
  private static final UserIds USER_IDS =
      new UserIds("test-secret-for-hashing".getBytes(StandardCharsets.UTF_8));

  @TempDir static Path data;
  static SampleEngine sample;
  static FakeConnector connector;
  static RecordingEngine engine;
  static TeamsAdapter adapter;
  static LogCapture log;

  @BeforeAll
  static void start() throws Exception {
    connector = new FakeConnector();
    sample = SampleEngine.create();
    engine = new RecordingEngine(sample.engine());
    log = new LogCapture(TeamsAdapter.class);
    adapter = localAdapter(TeamsSettings.unauthenticated(), data.resolve("local"));
  }

  @AfterAll
  static void stop() {
    adapter.close();
    connector.close();
    log.close();
    sample.close();
  }

  @BeforeEach
  void clear() throws InterruptedException {
    while (adapter.pendingDeliveries() > 0) {
      Thread.sleep(5);
    }
    connector.drain();
    engine.clear();
  }

  static TeamsAdapter localAdapter(TeamsSettings settings, Path dir) {
    return new TeamsAdapter(
        settings,
        engine,
        USER_IDS,
        new FileConversationReferenceStore(dir),
        sample.observer(),
        new TeamsAdapter.Options(
            null, AuthenticatedRig.fastRetries(), DeliveryListener.NONE, Clock.systemUTC()));
  }

  private static HttpResponse post(String body, String remote) {
    return adapter
        .messagesEndpoint()
        .handle(Fixtures.post(body.getBytes(StandardCharsets.UTF_8), null, remote));
  }

  /** A request as a same-host reverse proxy passes it on: from loopback, with a proxy header. */
  private static HttpRequest proxied(String body, String header, String value, String remote) {
    HttpRequest plain = Fixtures.post(body.getBytes(StandardCharsets.UTF_8), null, remote);
    Map<String, String> headers = new java.util.TreeMap<>(plain.headers());
    headers.put(header.toLowerCase(java.util.Locale.ROOT), value);
    return new HttpRequest(plain.method(), plain.path(), headers, plain.body(), remote);
  }

  private static String message() {
    return Fixtures.activity("personal-message", connector.serviceUrl());
  }

  @Test
  void saysLoudlyThatItIsUnauthenticatedAndMustNotBeProxied() {
    assertThat(log.messages())
        .anyMatch(m -> m.contains("UNAUTHENTICATED") && m.contains("NEVER expose it through a"));
  }

  /** Behind a reverse proxy on this machine every peer is loopback; the headers give it away. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"X-Forwarded-For", "Forwarded", "X-Forwarded-Host", "X-Real-IP", "Via"})
  void requestThroughAProxyIsRefusedAndNothingIsSent(String header) throws Exception {
    try (LogCapture refusals = new LogCapture(RequestAuthenticator.class)) {
      HttpResponse response =
          adapter.messagesEndpoint().handle(proxied(message(), header, "203.0.113.7", "127.0.0.1"));

      assertThat(response.status()).isEqualTo(401);
      assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("proxy");
      assertThat(engine.seen()).isEmpty();
      assertThat(connector.quietFor(Duration.ofMillis(300))).isEmpty();
      assertThat(adapter.pendingDeliveries()).isZero();
      assertThat(refusals.messages())
          .as("the first refusal says why, naming the header but not its value")
          .allMatch(m -> !m.contains("203.0.113.7"));
    }
  }

  @Test
  void proxyRefusalIsLoggedWithTheReason() {
    // A fresh adapter, so the once-a-minute warning has not been used up by other tests.
    try (LogCapture refusals = new LogCapture(RequestAuthenticator.class);
        TeamsAdapter fresh = localAdapter(TeamsSettings.unauthenticated(), data.resolve("proxy"))) {
      HttpResponse response =
          fresh
              .messagesEndpoint()
              .handle(proxied(message(), "X-Forwarded-For", "203.0.113.7", "127.0.0.1"));

      assertThat(response.status()).isEqualTo(401);
      assertThat(refusals.messages())
          .singleElement()
          .satisfies(
              m ->
                  assertThat(m)
                      .contains("refused")
                      .contains("x-forwarded-for")
                      .contains("MicrosoftAppId is empty")
                      .doesNotContain("203.0.113.7"));
    }
  }

  /** As a reverse proxy on this machine would pass it on, over a real loopback socket. */
  @Test
  void proxiedRequestOverHttpIsRefused() throws Exception {
    try (uk.socguide.adapters.teams.fakes.MessagesFront front =
        new uk.socguide.adapters.teams.fakes.MessagesFront(
            TeamsAdapter.MESSAGES_PATH, adapter.messagesEndpoint())) {
      java.net.http.HttpResponse<String> response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(front.uri())
                      .header("Content-Type", "application/json")
                      .header("X-Forwarded-For", "203.0.113.7")
                      .POST(java.net.http.HttpRequest.BodyPublishers.ofString(message()))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(engine.seen()).isEmpty();
      assertThat(connector.quietFor(Duration.ofMillis(300))).isEmpty();
    }
  }

  @Test
  void proxiedMalformedBodyIsRefusedBeforeItIsRead() {
    HttpResponse response =
        adapter.messagesEndpoint().handle(proxied("{not json", "X-Real-IP", "198.51.100.1", "::1"));
    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void loopbackRequestIsAnsweredWithoutAToken() throws Exception {
    assertThat(post(message(), "127.0.0.1").status()).isEqualTo(202);

    FakeConnector.Call reply = connector.nextMessage(Duration.ofSeconds(10));
    assertThat(reply.headers()).doesNotContainKey("Authorization");
    assertThat(adapter.conversationKeys()).as("only authenticated traffic is stored").isEmpty();
  }

  @Test
  void ipv6LoopbackIsLocalToo() {
    assertThat(post(message(), "0:0:0:0:0:0:0:1").status()).isEqualTo(202);
  }

  @Test
  void emulatorConversationStartGetsOneWelcome() throws Exception {
    String update = Fixtures.activity("emulator-conversation-update", connector.serviceUrl());
    assertThat(post(update, "127.0.0.1").status()).isEqualTo(202);

    assertThat(engine.seen()).hasSize(1);
    assertThat(engine.last().kind())
        .isEqualTo(uk.socguide.core.InboundMessage.Kind.CONVERSATION_START);
    FakeConnector.Call welcome = connector.nextMessage(Duration.ofSeconds(10));
    assertThat(welcome.path()).endsWith("/activities");
  }

  @Test
  void requestFromAnotherHostIsRefused() {
    assertThat(post(message(), "192.0.2.10").status()).isEqualTo(403);
    assertThat(engine.seen()).isEmpty();
  }

  @Test
  void replyToAnotherHostIsRefused() {
    String elsewhere = Fixtures.activity("personal-message", "https://smba.example.invalid/teams/");
    assertThat(post(elsewhere, "127.0.0.1").status()).isEqualTo(400);
    assertThat(engine.seen()).isEmpty();
  }

  @Test
  void explicitOverrideAcceptsOtherHosts() throws Exception {
    TeamsSettings open =
        TeamsSettings.from(Map.of(TeamsSettings.ALLOW_UNAUTHENTICATED_REMOTE, "true")::get);
    try (LogCapture warnings = new LogCapture(TeamsAdapter.class);
        TeamsAdapter remote = localAdapter(open, data.resolve("open"))) {
      HttpResponse response =
          remote
              .messagesEndpoint()
              .handle(
                  Fixtures.post(message().getBytes(StandardCharsets.UTF_8), null, "192.0.2.10"));
      assertThat(response.status()).isEqualTo(202);
      assertThat(warnings.messages()).anyMatch(m -> m.contains("OPEN TO ANY HOST"));
      assertThat(
              remote
                  .messagesEndpoint()
                  .handle(proxied(message(), "X-Forwarded-For", "192.0.2.10", "127.0.0.1"))
                  .status())
          .as("the override accepts proxied requests too")
          .isEqualTo(202);
    }
  }

  @Test
  void malformedJsonIs400() {
    assertThat(post("{\"type\":\"message\",", "127.0.0.1").status()).isEqualTo(400);
    assertThat(post("[1,2,3]", "127.0.0.1").status()).isEqualTo(400);
    assertThat(post("", "127.0.0.1").status()).isEqualTo(400);
    assertThat(post("{\"type\":\"message\"}", "127.0.0.1").status()).isEqualTo(400);
    assertThat(post("[".repeat(5000), "127.0.0.1").status()).isEqualTo(400);
    assertThat(engine.seen()).isEmpty();
  }

  @Test
  void invalidUtf8Is400() {
    byte[] body = message().getBytes(StandardCharsets.UTF_8);
    body[body.length / 2] = (byte) 0xC3;
    body[body.length / 2 + 1] = (byte) 0x28;
    HttpResponse response =
        adapter.messagesEndpoint().handle(Fixtures.post(body, null, "127.0.0.1"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(engine.seen()).isEmpty();
  }

  @Test
  void activityWithoutTypeOrConversationIs400() {
    assertThat(post(Fixtures.withField(message(), "type", null), "127.0.0.1").status())
        .isEqualTo(400);
    assertThat(post(Fixtures.withField(message(), "channelId", ""), "127.0.0.1").status())
        .isEqualTo(400);
    String noConversation = message().replace("\"conversation\"", "\"conversationX\"");
    assertThat(post(noConversation, "127.0.0.1").status()).isEqualTo(400);
  }

  @Test
  void unreadableTimestampIs400ButTeamsFormatsAreAccepted() {
    assertThat(post(Fixtures.withField(message(), "timestamp", "yesterday"), "127.0.0.1").status())
        .isEqualTo(400);
    assertThat(
            post(Fixtures.withField(message(), "timestamp", "2025-03-04T10:15:30Z"), "127.0.0.1")
                .status())
        .isEqualTo(202);
    assertThat(
            post(
                    Fixtures.withField(message(), "timestamp", "2025-03-04T10:15:30.1234567+01:00"),
                    "127.0.0.1")
                .status())
        .isEqualTo(202);
  }

  @Test
  void bodyOver256KbIs413() {
    String padded =
        Fixtures.withField(message(), "text", "a".repeat(ActivityReader.MAX_BODY_BYTES));
    assertThat(post(padded, "127.0.0.1").status()).isEqualTo(413);
    assertThat(engine.seen()).isEmpty();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "'; DROP TABLE topics; --",
        "<script>alert(1)</script> & <img src=x onerror=alert(1)>",
        "**bold** [x](javascript:alert(1)) `code` # heading",
        "\u0000\u0001 nul and control",
        "\ud83d\ude00 emoji \u202e right-to-left \u05e9\u05dc\u05d5\u05dd",
        "\ud800 lone surrogate"
      })
  void hostileTextIsAnsweredNeverA500(String text) throws Exception {
    engine.clear();
    HttpResponse response = post(Fixtures.withField(message(), "text", text), "127.0.0.1");

    assertThat(response.status()).isEqualTo(202);
    FakeConnector.Call reply = connector.nextMessage(Duration.ofSeconds(10));
    assertThat(reply.body().toString()).doesNotContain("<script>");
    assertThat(engine.seen()).hasSize(1);
  }

  @Test
  void veryLongTextIsAnswered() throws Exception {
    String json = Fixtures.withField(message(), "text", "county lines ".repeat(8000));
    assertThat(post(json, "127.0.0.1").status()).isEqualTo(202);
    connector.nextMessage(Duration.ofSeconds(10));
  }

  @Test
  void otherMethodsAre405() {
    HttpResponse response =
        adapter
            .messagesEndpoint()
            .handle(
                new HttpRequest(
                    "GET", TeamsAdapter.MESSAGES_PATH, Map.of(), new byte[0], "127.0.0.1"));
    assertThat(response.status()).isEqualTo(405);
  }

  @Test
  void hostileLocaleDoesNotChangeTheJvmLocale() {
    java.util.Locale before = java.util.Locale.getDefault();
    assertThat(post(Fixtures.withField(message(), "locale", "tr-TR"), "127.0.0.1").status())
        .isEqualTo(202);
    assertThat(java.util.Locale.getDefault()).isEqualTo(before);
  }
}
