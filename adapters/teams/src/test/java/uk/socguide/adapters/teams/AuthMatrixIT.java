package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.socguide.adapters.teams.fakes.SigningKey;
import uk.socguide.core.channel.HttpResponse;
import uk.socguide.core.testing.SampleEngine;

/**
 * Every request's token is checked before anything happens: a bad one gets 401, and neither the
 * engine, the connector nor the conversation store sees the request.
 */
class AuthMatrixIT {
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

  /** A request: the activity JSON (given the rig's serviceUrl) and its Authorization header. */
  record Case(String name, Function<AuthenticatedRig, String> header, boolean dropServiceUrl) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> refused() {
    return Stream.of(
            new Case("missing header", r -> null, false),
            new Case("not a Bearer token", r -> "Basic dXNlcjpwYXNz", false),
            new Case("garbage token", r -> "Bearer not.a.jwt", false),
            new Case("forged signature", AuthMatrixIT::forged, false),
            new Case(
                "expired beyond the 5 minute skew",
                r -> bearer(r, b -> b.withExpiresAt(Instant.now().minusSeconds(600))),
                false),
            new Case(
                "not yet valid beyond the skew",
                r -> bearer(r, b -> b.withNotBefore(Instant.now().plusSeconds(900))),
                false),
            new Case("wrong audience", r -> bearer(r, b -> b.withAudience("someone-else")), false),
            new Case(
                "wrong issuer",
                r -> bearer(r, b -> b.withIssuer("https://sts.example.invalid/")),
                false),
            new Case("unknown key id", r -> bearer(r, b -> b.withKeyId("no-such-key")), false),
            new Case(
                "serviceUrl claim for another connector",
                r -> bearer(r, b -> b.withClaim("serviceurl", "https://evil.example/teams/")),
                false),
            new Case(
                "serviceUrl claim missing",
                r -> bearer(r, b -> b.withClaim("serviceurl", (String) null)),
                false),
            new Case("activity without serviceUrl", AuthenticatedRig::bearer, true),
            new Case("channel not endorsed by the key", AuthMatrixIT::unendorsed, false),
            new Case("unsigned token (alg none)", AuthMatrixIT::unsigned, false))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void badTokensGet401AndNoProcessing(Case c) throws Exception {
    String activity = rig.fixture("personal-message");
    if (c.dropServiceUrl()) {
      activity = Fixtures.withField(activity, "serviceUrl", null);
    }
    HttpResponse response =
        rig.adapter.messagesEndpoint().handle(Fixtures.post(activity, c.header().apply(rig)));

    assertThat(response.status()).isEqualTo(401);
    assertThat(rig.engine.seen()).isEmpty();
    assertThat(rig.connector.quietFor(Duration.ofMillis(100))).isEmpty();
    assertThat(rig.store.all()).isEmpty();
  }

  @Test
  void validTokenIsAcceptedAndTheConversationRemembered() throws Exception {
    HttpResponse response = rig.send(rig.fixture("personal-message"));

    assertThat(response.status()).isEqualTo(202);
    assertThat(rig.engine.seen()).hasSize(1);
    assertThat(rig.connector.nextMessage(Duration.ofSeconds(10)).path())
        .contains(Fixtures.PERSONAL_CONVERSATION);
    assertThat(rig.store.all())
        .singleElement()
        .satisfies(
            ref -> assertThat(ref.conversationId()).isEqualTo(Fixtures.PERSONAL_CONVERSATION));
    rig.store.remove(rig.store.all().get(0).key());
  }

  @Test
  void tokenExpiredWithinTheSkewIsStillAccepted() {
    String header = bearer(rig, b -> b.withExpiresAt(Instant.now().minusSeconds(120)));
    HttpResponse response =
        rig.adapter
            .messagesEndpoint()
            .handle(Fixtures.post(rig.fixture("personal-message"), header));

    assertThat(response.status()).isEqualTo(202);
    rig.store.all().forEach(ref -> rig.store.remove(ref.key()));
  }

  @Test
  void unknownActivityTypesAreStillAuthenticated() {
    HttpResponse response =
        rig.adapter.messagesEndpoint().handle(Fixtures.post(rig.fixture("message-reaction"), null));

    assertThat(response.status()).isEqualTo(401);
  }

  private static String bearer(
      AuthenticatedRig r, java.util.function.UnaryOperator<JWTCreator.Builder> change) {
    return "Bearer " + r.key.token(Fixtures.APP_ID, r.connector.serviceUrl(), change);
  }

  /** Signed by a key the connector never published, under the published key's id. */
  private static String forged(AuthenticatedRig r) {
    SigningKey impostor = new SigningKey(r.key.kid(), List.of("msteams"));
    return "Bearer " + impostor.token(Fixtures.APP_ID, r.connector.serviceUrl());
  }

  private static String unendorsed(AuthenticatedRig r) {
    return "Bearer " + r.unendorsed.token(Fixtures.APP_ID, r.connector.serviceUrl());
  }

  private static String unsigned(AuthenticatedRig r) {
    String token =
        JWT.create()
            .withKeyId(r.key.kid())
            .withIssuer(SigningKey.BOT_CONNECTOR_ISSUER)
            .withAudience(Fixtures.APP_ID)
            .withClaim("serviceurl", r.connector.serviceUrl())
            .withExpiresAt(Instant.now().plusSeconds(600))
            .sign(Algorithm.none());
    return "Bearer " + token + Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[0]);
  }
}
