package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

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
import uk.socguide.core.testing.SampleEngine;

/**
 * Getting replies out: retries with backoff and Retry-After, failures logged with the conversation
 * id only, tokens from the tenant through the configured authority, stored references and proactive
 * messages.
 */
class DeliveryIT {
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
  void replyIsRetriedAfterA429HonouringRetryAfter() throws Exception {
    rig.connector.script(new FakeConnector.Answer(429, Map.of("Retry-After", "1")));
    long start = System.nanoTime();
    rig.send(rig.fixture("channel-mention"));

    FakeConnector.Call throttled = rig.connector.next(WAIT);
    FakeConnector.Call retried = rig.connector.next(WAIT);
    long waitedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(retried.path()).isEqualTo(throttled.path());
    assertThat(retried.body()).isEqualTo(throttled.body());
    assertThat(waitedMillis).as("waited for Retry-After").isGreaterThanOrEqualTo(1000);
  }

  @Test
  void replyThatKeepsFailingIsLoggedWithTheConversationIdOnly() throws Exception {
    int failedBefore = rig.failed.get();
    rig.connector.script(
        new FakeConnector.Answer(503, Map.of()),
        new FakeConnector.Answer(502, Map.of()),
        new FakeConnector.Answer(500, Map.of()));
    try (LogCapture log = new LogCapture(ReplyDelivery.class)) {
      rig.send(rig.fixture("channel-mention"));
      rig.awaitIdle();

      assertThat(rig.connector.drain()).hasSize(3);
      assertThat(rig.failed.get()).isEqualTo(failedBefore + 1);
      assertThat(sample.observer().failedDeliveries()).contains("teams");
      assertThat(log.messages())
          .singleElement()
          .satisfies(
              line ->
                  assertThat(line)
                      .contains(Fixtures.CHANNEL_THREAD)
                      .contains("HTTP 500")
                      .doesNotContain("county lines")
                      .doesNotContain("29:")
                      .doesNotContain("66666666"));
    }
  }

  @Test
  void clientErrorsAreNotRetried() throws Exception {
    rig.connector.script(new FakeConnector.Answer(403, Map.of()));
    rig.send(rig.fixture("channel-mention"));
    rig.awaitIdle();

    assertThat(rig.connector.drain()).hasSize(1);
  }

  @Test
  void outgoingTokenComesFromTheTenantThroughTheConfiguredAuthority() throws Exception {
    rig.send(rig.fixture("personal-message"));
    rig.connector.nextMessage(WAIT);

    assertThat(rig.authority.paths())
        .isNotEmpty()
        .allMatch(p -> p.equals("POST /" + Fixtures.TENANT_ID + "/oauth2/v2.0/token"));
    Map<String, String> form = rig.authority.requests().get(0);
    assertThat(form)
        .containsEntry("grant_type", "client_credentials")
        .containsEntry("client_id", Fixtures.APP_ID)
        .containsEntry("client_secret", "test-secret-not-real");
    assertThat(form.get("scope").split(" ")).contains("https://api.botframework.com/.default");
    assertThat(rig.authority.paths()).as("the token is reused, not fetched per reply").hasSize(1);
  }

  @Test
  void proactiveMessageReachesAStoredConversation() throws Exception {
    rig.send(rig.fixture("personal-message"));
    rig.awaitIdle();
    rig.connector.drain();
    String key =
        rig.store.all().stream()
            .filter(r -> r.conversationId().equals(Fixtures.PERSONAL_CONVERSATION))
            .findFirst()
            .orElseThrow()
            .key();

    boolean sent =
        rig.adapter
            .sendProactive(
                key,
                new uk.socguide.core.Reply(
                    java.util.List.of(
                        uk.socguide.core.ReplyMessage.of(
                            uk.socguide.core.markup.Markup.plain("An answer you used changed."))),
                    uk.socguide.core.Reply.Outcome.ANSWER,
                    null,
                    0,
                    java.util.List.of()))
            .get(10, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(sent).isTrue();
    FakeConnector.Call notice = rig.connector.next(WAIT);
    assertThat(notice.path())
        .isEqualTo("/teams/v3/conversations/" + Fixtures.PERSONAL_CONVERSATION + "/activities");
    assertThat(notice.headers().get("Authorization"))
        .isEqualTo("Bearer " + TokenAuthority.ACCESS_TOKEN);
    assertThat(notice.body().path("text").asText()).contains("changed");
  }

  @Test
  void proactiveMessageToAnUnknownConversationIsRefused() throws Exception {
    assertThat(
            rig.adapter
                .sendProactive(
                    "no-such-key",
                    new uk.socguide.core.Reply(
                        java.util.List.of(),
                        uk.socguide.core.Reply.Outcome.ANSWER,
                        null,
                        0,
                        java.util.List.of()))
                .get(5, java.util.concurrent.TimeUnit.SECONDS))
        .isFalse();
  }

  /**
   * A reference that reached the store without an authenticated activity behind it (another
   * instance's write, an edited file): its serviceUrl was never vouched for, so the bot's token
   * must not go there. The URL points at the fake connector, so a send would be seen.
   */
  @Test
  void proactiveMessageToAServiceUrlNeverVouchedForIsRefused() throws Exception {
    String unvouched = rig.connector.serviceUrl().replace("/teams/", "/unvouched/");
    rig.store.save(
        new ConversationRef(
            "unvouched-key",
            unvouched,
            "msteams",
            Fixtures.PERSONAL_CONVERSATION,
            "personal",
            Fixtures.TENANT_ID,
            Fixtures.BOT_ID,
            java.time.Instant.now()));

    boolean sent;
    try {
      sent =
          rig.adapter
              .sendProactive(
                  "unvouched-key",
                  new uk.socguide.core.Reply(
                      java.util.List.of(
                          uk.socguide.core.ReplyMessage.of(
                              uk.socguide.core.markup.Markup.plain("An answer you used changed."))),
                      uk.socguide.core.Reply.Outcome.ANSWER,
                      null,
                      0,
                      java.util.List.of()))
              .get(10, java.util.concurrent.TimeUnit.SECONDS);
    } finally {
      rig.store.remove("unvouched-key");
    }

    assertThat(sent).isFalse();
    rig.awaitIdle();
    assertThat(rig.connector.quietFor(Duration.ofMillis(300))).isEmpty();
  }

  @Test
  void channelConversationIsStoredPerChannelWithoutUserIds() throws Exception {
    rig.send(rig.fixture("channel-mention"));
    rig.awaitIdle();

    assertThat(rig.store.all())
        .anySatisfy(
            ref -> {
              assertThat(ref.conversationId())
                  .isEqualTo("19:exampleChannelId0123456789abcdef@thread.tacv2");
              assertThat(ref.conversationType()).isEqualTo("channel");
              assertThat(ref.tenantId()).isEqualTo(Fixtures.TENANT_ID);
            });
    String file =
        java.nio.file.Files.readString(data.resolve(FileConversationReferenceStore.FILE_NAME));
    // a Teams user id is a JSON string starting "29:" (bare "29:" would match a time of day)
    assertThat(file)
        .doesNotContain("\"29:")
        .doesNotContain("66666666")
        .doesNotContain("Test Member");
  }
}
