package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.adapters.teams.fakes.FakeConnector;
import uk.socguide.adapters.teams.fakes.TokenAuthority;
import uk.socguide.core.Actions;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.channel.HttpResponse;
import uk.socguide.core.testing.SampleEngine;

/** Conversations in Teams through the adapter, with authentication on, against fakes. */
class ConversationIT {
  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir static Path data;
  static SampleEngine sample;
  static AuthenticatedRig rig;

  @BeforeAll
  static void start() throws Exception {
    sample = SampleEngine.create();
    rig =
        new AuthenticatedRig(
            sample.engine(), sample.observer(), data, AuthenticatedRig.fastRetries());
  }

  @AfterAll
  static void stop() {
    rig.close();
    sample.close();
  }

  @BeforeEach
  void clear() throws InterruptedException {
    rig.awaitIdle();
    rig.connector.drain();
    rig.engine.clear();
  }

  @Test
  void personalQuestionIsAnsweredWithACardAtTheReplyPath() throws Exception {
    HttpResponse response = rig.send(rig.fixture("personal-message"));

    assertThat(response.status()).isEqualTo(202);
    FakeConnector.Call typing = rig.connector.next(WAIT);
    assertThat(typing.type()).isEqualTo("typing");
    FakeConnector.Call reply = rig.connector.nextMessage(WAIT);
    assertThat(reply.method()).isEqualTo("POST");
    assertThat(reply.path())
        .isEqualTo(
            "/teams/v3/conversations/"
                + Fixtures.PERSONAL_CONVERSATION
                + "/activities/1741083330123");
    assertThat(reply.headers().get("Authorization"))
        .isEqualTo("Bearer " + TokenAuthority.ACCESS_TOKEN);
    JsonNode body = reply.body();
    assertThat(body.path("replyToId").asText()).isEqualTo("1741083330123");
    JsonNode attachment = body.path("attachments").get(0);
    assertThat(attachment.path("contentType").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    JsonNode card = attachment.path("content");
    assertThat(card.path("version").asText()).isEqualTo("1.5");
    assertThat(card.path("body").get(0).path("text").asText()).isNotBlank();
    assertThat(card.path("fallbackText").asText()).isNotBlank();
    assertThat(body.path("summary").asText()).isNotBlank();
    assertThat(body.has("suggestedActions")).isFalse();
    assertThat(card.toString()).contains("Last reviewed").contains("Action.Execute");
  }

  @Test
  void engineSeesHashedIdsAndTheCouncillorAudience() {
    rig.send(rig.fixture("personal-message"));

    InboundMessage seen = rig.engine.last();
    assertThat(seen.channel()).isEqualTo("teams");
    assertThat(seen.audienceHint()).isEqualTo(uk.socguide.core.Audience.COUNCILLOR);
    assertThat(seen.userHash()).hasSize(32).doesNotContain("11111111").doesNotContain("29:");
    assertThat(seen.conversationId()).hasSize(32).doesNotContain("a:1");
  }

  @Test
  void channelMentionIsStrippedAndTheReplyThreadsUnderTheQuestion() throws Exception {
    HttpResponse response = rig.send(rig.fixture("channel-mention"));

    assertThat(response.status()).isEqualTo(202);
    assertThat(rig.engine.last().text()).isEqualTo("how do I report county lines concerns?");
    FakeConnector.Call reply = rig.connector.next(WAIT);
    assertThat(reply.type()).as("no typing indicator in channels").isEqualTo("message");
    assertThat(reply.path())
        .isEqualTo(
            "/teams/v3/conversations/" + Fixtures.CHANNEL_THREAD + "/activities/1741086127480");
    assertThat(reply.body().path("replyToId").asText()).isEqualTo("1741086127480");
  }

  @Test
  void groupChatMentionIsStripped() throws Exception {
    rig.send(rig.fixture("group-chat-message"));

    assertThat(rig.engine.last().text()).isEqualTo("what is cuckooing");
    FakeConnector.Call reply = rig.connector.nextMessage(WAIT);
    assertThat(reply.body().has("suggestedActions")).as("personal chat only").isFalse();
  }

  @Test
  void welcomeGoesToANewPersonOfAPersonalChat() throws Exception {
    HttpResponse response = rig.send(rig.fixture("conversation-update-personal"));

    assertThat(response.status()).isEqualTo(202);
    assertThat(rig.engine.last().kind()).isEqualTo(InboundMessage.Kind.CONVERSATION_START);
    FakeConnector.Call welcome = rig.connector.next(WAIT);
    assertThat(welcome.path())
        .isEqualTo("/teams/v3/conversations/" + Fixtures.PERSONAL_CONVERSATION + "/activities");
    assertThat(welcome.type()).isEqualTo("message");
  }

  @Test
  void noWelcomeForTheBotItselfNorForATeam() throws Exception {
    assertThat(rig.send(rig.fixture("conversation-update-team-install")).status()).isEqualTo(202);
    assertThat(rig.send(rig.fixture("conversation-update-team-members")).status()).isEqualTo(202);

    assertThat(rig.engine.seen()).isEmpty();
    assertThat(rig.connector.quietFor(Duration.ofMillis(300))).isEmpty();
  }

  /** A personal install as Teams sends it: membersAdded lists only the bot; the user is from. */
  @Test
  void personalInstallListingOnlyTheBotIsWelcomed() throws Exception {
    String conversation = "a:1ExampleInstallOnlyBot";
    HttpResponse response = rig.send(install("conversation-update-personal-install", conversation));

    assertThat(response.status()).isEqualTo(202);
    assertThat(rig.engine.seen()).hasSize(1);
    assertThat(rig.engine.last().kind()).isEqualTo(InboundMessage.Kind.CONVERSATION_START);
    assertThat(rig.engine.last().userHash())
        .as("the installer, not the bot")
        .isEqualTo(personalMessageUserHash());
    FakeConnector.Call welcome = rig.connector.next(WAIT);
    assertThat(welcome.path()).isEqualTo("/teams/v3/conversations/" + conversation + "/activities");
    assertThat(welcome.type()).isEqualTo("message");
  }

  @Test
  void installationUpdateAddInPersonalScopeIsWelcomed() throws Exception {
    String conversation = "a:1ExampleInstallationUpdate";
    HttpResponse response = rig.send(install("installation-update-personal", conversation, "add"));

    assertThat(response.status()).isEqualTo(202);
    assertThat(rig.engine.last().kind()).isEqualTo(InboundMessage.Kind.CONVERSATION_START);
    FakeConnector.Call welcome = rig.connector.next(WAIT);
    assertThat(welcome.path()).isEqualTo("/teams/v3/conversations/" + conversation + "/activities");
  }

  @Test
  void bothInstallEventsGiveOneWelcomeInEitherOrder() throws Exception {
    String first = "a:1ExampleBothEventsUpdateFirst";
    rig.send(install("conversation-update-personal-install", first));
    rig.send(install("installation-update-personal", first, "add"));
    String second = "a:1ExampleBothEventsInstallFirst";
    rig.send(install("installation-update-personal", second, "add"));
    rig.send(install("conversation-update-personal-install", second));
    rig.awaitIdle();

    assertThat(rig.engine.seen()).hasSize(2);
    assertThat(rig.connector.quietFor(Duration.ofMillis(300)))
        .extracting(FakeConnector.Call::path)
        .containsExactlyInAnyOrder(
            "/teams/v3/conversations/" + first + "/activities",
            "/teams/v3/conversations/" + second + "/activities");
  }

  @Test
  void installEventsArrivingTogetherGiveOneWelcome() throws Exception {
    String conversation = "a:1ExampleBothEventsAtOnce";
    String update = install("conversation-update-personal-install", conversation);
    String installed = install("installation-update-personal", conversation, "add");
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CompletableFuture<HttpResponse> a =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> sendAfter(go, update));
    java.util.concurrent.CompletableFuture<HttpResponse> b =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> sendAfter(go, installed));
    go.countDown();

    assertThat(a.get(10, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(202);
    assertThat(b.get(10, java.util.concurrent.TimeUnit.SECONDS).status()).isEqualTo(202);
    rig.awaitIdle();
    assertThat(rig.engine.seen()).hasSize(1);
    assertThat(rig.connector.quietFor(Duration.ofMillis(300))).hasSize(1);
  }

  @Test
  void reinstallAfterRemovalIsWelcomedAgain() throws Exception {
    String conversation = "a:1ExampleReinstall";
    rig.send(install("installation-update-personal", conversation, "add"));
    rig.connector.next(WAIT);
    assertThat(rig.send(install("installation-update-personal", conversation, "remove")).status())
        .isEqualTo(202);
    rig.send(install("installation-update-personal", conversation, "add"));

    assertThat(rig.engine.seen()).hasSize(2);
    assertThat(rig.connector.next(WAIT).path()).contains(conversation);
    assertThat(rig.connector.quietFor(Duration.ofMillis(200))).isEmpty();
  }

  @Test
  void installInAGroupChatOrAnUpgradeIsNotWelcomed() throws Exception {
    String group =
        install("installation-update-personal", "19:exampleGroupChat@thread.v2", "add")
            .replace("\"conversationType\": \"personal\"", "\"conversationType\": \"groupChat\"");
    assertThat(rig.send(group).status()).isEqualTo(202);
    assertThat(
            rig.send(install("installation-update-personal", "a:1ExampleUpgrade", "add-upgrade"))
                .status())
        .isEqualTo(202);

    assertThat(rig.engine.seen()).isEmpty();
    assertThat(rig.connector.quietFor(Duration.ofMillis(300))).isEmpty();
  }

  @Test
  void feedbackSubmittedFromTheCardIsRecordedAndAcknowledged() throws Exception {
    String value = Actions.feedback("report.non-emergency", true);
    HttpResponse response =
        rig.send(rig.fixture("message-card-submit", Map.of("feedbackValue", value)));

    assertThat(response.status()).isEqualTo(202);
    assertThat(rig.engine.last().text()).isEqualTo(value);
    assertThat(sample.recorded().feedback())
        .anySatisfy(
            f -> {
              assertThat(f.topicId()).isEqualTo("report.non-emergency");
              assertThat(f.helpful()).isTrue();
              assertThat(f.channel()).isEqualTo("teams");
            });
    FakeConnector.Call ack = rig.connector.nextMessage(WAIT);
    assertThat(ack.path()).endsWith("/activities/1741083405000");
    assertThat(ack.body().path("text").asText()).isNotBlank();
  }

  @Test
  void feedbackInvokeIsRecordedAndAnsweredInTheInvokeResponse() throws Exception {
    String value = Actions.feedback("report.emergency", false);
    HttpResponse response =
        rig.send(rig.fixture("invoke-feedback", Map.of("feedbackValue", value)));

    assertThat(response.status()).isEqualTo(200);
    assertThat(rig.engine.last().text()).isEqualTo(value);
    assertThat(sample.recorded().feedback())
        .anySatisfy(
            f -> {
              assertThat(f.topicId()).isEqualTo("report.emergency");
              assertThat(f.helpful()).isFalse();
            });
    JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    assertThat(body.path("statusCode").asInt()).isEqualTo(200);
    assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.activity.message");
    assertThat(body.path("value").asText()).isNotBlank();
    assertThat(rig.connector.quietFor(Duration.ofMillis(200))).isEmpty();
  }

  @Test
  void quickRepliesInPersonalChatPostTheirTitleAndActExactly() throws Exception {
    String hello = Fixtures.withField(rig.fixture("personal-message"), "text", "hello");
    rig.send(hello);

    JsonNode greeting = rig.connector.nextMessage(WAIT).body();
    assertThat(greeting.has("attachments")).isFalse();
    JsonNode button = greeting.path("suggestedActions").path("actions").get(0);
    assertThat(button.path("type").asText()).isEqualTo("imBack");
    assertThat(button.path("value").asText()).isEqualTo(button.path("title").asText());
    assertThat(greeting.path("suggestedActions").path("actions").size()).isLessThanOrEqualTo(3);

    rig.awaitIdle();
    rig.send(
        Fixtures.withField(rig.fixture("personal-message"), "text", button.path("title").asText()));
    assertThat(rig.engine.last().text()).startsWith("#");
  }

  private static String install(String fixture, String conversationId) {
    return install(fixture, conversationId, "add");
  }

  private static String install(String fixture, String conversationId, String action) {
    return rig.fixture(fixture, Map.of("conversationId", conversationId, "action", action));
  }

  private static HttpResponse sendAfter(java.util.concurrent.CountDownLatch go, String json) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return rig.send(json);
  }

  /**
   * The pseudonym of the person in the fixtures (their Entra object id, hashed as the rig does).
   */
  private static String personalMessageUserHash() {
    return new uk.socguide.core.UserIds(
            "test-secret-for-hashing".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .hash(TeamsUsers.CHANNEL, "11111111-2222-3333-4444-555555555555");
  }

  @Test
  void unhandledInvokeGets501() {
    assertThat(rig.send(rig.fixture("invoke-unhandled")).status()).isEqualTo(501);
    assertThat(rig.engine.seen()).isEmpty();
  }

  @Test
  void unknownActivityTypeIsAcknowledgedAndIgnored() throws Exception {
    assertThat(rig.send(rig.fixture("message-reaction")).status()).isEqualTo(202);
    assertThat(rig.engine.seen()).isEmpty();
    assertThat(rig.connector.quietFor(Duration.ofMillis(200))).isEmpty();
  }
}
