package uk.socguide.adapters.teams;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import uk.socguide.adapters.teams.fakes.FakeConnector;
import uk.socguide.adapters.teams.fakes.OpenIdServer;
import uk.socguide.adapters.teams.fakes.SigningKey;
import uk.socguide.adapters.teams.fakes.TokenAuthority;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.UserIds;
import uk.socguide.core.channel.HttpResponse;
import uk.socguide.core.dialogue.TurnObserver;

/**
 * A Teams adapter with authentication on, between fakes on loopback: the Bot Connector's OpenID
 * metadata and keys, the tenant's HTTPS token endpoint, and the connector that takes replies.
 */
final class AuthenticatedRig implements AutoCloseable {
  final SigningKey key = new SigningKey("test-key-1", List.of("msteams"));
  final SigningKey unendorsed = new SigningKey("test-key-2", List.of("skype"));
  final OpenIdServer openId;
  final FakeConnector connector;
  final TokenAuthority authority;
  final RecordingEngine engine;
  final TeamsAdapter adapter;
  final FileConversationReferenceStore store;
  final AtomicInteger delivered = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();

  AuthenticatedRig(TurnHandler engine, TurnObserver observer, Path data, RetryPolicy retry)
      throws Exception {
    openId = new OpenIdServer(List.of(key, unendorsed));
    connector = new FakeConnector();
    authority = new TokenAuthority();
    this.engine = new RecordingEngine(engine);
    TeamsSettings settings =
        TeamsSettings.from(
            Map.of(
                    TeamsSettings.APP_ID,
                    Fixtures.APP_ID,
                    TeamsSettings.APP_PASSWORD,
                    "test-secret-not-real",
                    TeamsSettings.TENANT_ID,
                    Fixtures.TENANT_ID,
                    TeamsSettings.APP_TYPE,
                    "SingleTenant",
                    TeamsSettings.OPENID_METADATA,
                    openId.metadataUrl(),
                    TeamsSettings.LOGIN_URL,
                    authority.authority(Fixtures.TENANT_ID))
                ::get);
    store = new FileConversationReferenceStore(data);
    DeliveryListener listener =
        new DeliveryListener() {
          @Override
          public void delivered(int attempts) {
            delivered.incrementAndGet();
          }

          @Override
          public void failed(String reason) {
            failed.incrementAndGet();
          }
        };
    adapter =
        new TeamsAdapter(
            settings,
            this.engine,
            new UserIds("test-secret-for-hashing".getBytes(StandardCharsets.UTF_8)),
            store,
            observer,
            new TeamsAdapter.Options(authority.clientTls(), retry, listener, Clock.systemUTC()));
  }

  static RetryPolicy fastRetries() {
    return new RetryPolicy(3, Duration.ofMillis(20), Duration.ofSeconds(3));
  }

  /** Waits until every queued reply was delivered or given up on. */
  void awaitIdle() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (adapter.pendingDeliveries() > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("replies still queued after 15 s");
      }
      Thread.sleep(5);
    }
  }

  String bearer() {
    return "Bearer " + key.token(Fixtures.APP_ID, connector.serviceUrl());
  }

  HttpResponse send(String activityJson) {
    return adapter.messagesEndpoint().handle(Fixtures.post(activityJson, bearer()));
  }

  String fixture(String name) {
    return Fixtures.activity(name, connector.serviceUrl());
  }

  String fixture(String name, Map<String, String> values) {
    return Fixtures.activity(name, connector.serviceUrl(), values);
  }

  @Override
  public void close() {
    adapter.close();
    connector.close();
    authority.close();
    openId.close();
  }
}
