package uk.socguide.adapters.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.retry.RetryStrategy;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Response;

/**
 * The SDK's adapter with connector clients built for this bot: one shared connection pool and
 * dispatcher (daemon threads, closed with the adapter), and the SDK's own retries off, because
 * {@link ReplyDelivery} retries with backoff and Retry-After where the SDK would retry 5xx at once
 * and 429 never.
 */
final class ConnectorAdapter extends BotFrameworkAdapter implements AutoCloseable {
  private static final RetryStrategy NEVER_RETRY =
      new RetryStrategy("never", false) {
        @Override
        public boolean shouldRetry(int retryCount, Response response) {
          return false;
        }
      };

  private final ExecutorService httpThreads;
  private final Dispatcher dispatcher;
  private final ConnectionPool pool = new ConnectionPool(32, 5, TimeUnit.MINUTES);
  private final Map<String, ConnectorClient> clients = new ConcurrentHashMap<>();

  /** Authenticated: every outgoing call carries a token for {@code credentials}. */
  ConnectorAdapter(AppCredentials credentials) {
    super(credentials, new AuthenticationConfiguration(), null, null, null);
    this.httpThreads = daemonThreads();
    this.dispatcher = dispatcher(httpThreads);
  }

  /** Unauthenticated local mode: no app id, no tokens. */
  ConnectorAdapter() {
    super(new SimpleCredentialProvider(), new AuthenticationConfiguration(), null, null, null);
    this.httpThreads = daemonThreads();
    this.dispatcher = dispatcher(httpThreads);
  }

  @Override
  protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(
      String serviceUrl, AppCredentials credentials) {
    AppCredentials effective = credentials != null ? credentials : MicrosoftAppCredentials.empty();
    String key = serviceUrl + '\n' + (effective.getAppId() == null ? "" : effective.getAppId());
    try {
      return CompletableFuture.completedFuture(
          clients.computeIfAbsent(key, k -> build(serviceUrl, effective)));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("invalid service URL", e));
    }
  }

  private ConnectorClient build(String serviceUrl, AppCredentials credentials) {
    if (!serviceUrl.startsWith("https://") && !serviceUrl.startsWith("http://")) {
      throw new IllegalArgumentException("service URL must be http(s)");
    }
    return new RestConnectorClient(
        RestConnectorClient.getDefaultRestClientBuilder(serviceUrl, credentials)
            .withRetryStrategy(NEVER_RETRY)
            .withDispatcher(dispatcher)
            .withConnectionPool(pool)
            .withConnectionTimeout(10, TimeUnit.SECONDS)
            .withReadTimeout(20, TimeUnit.SECONDS)
            .build());
  }

  @Override
  public void close() {
    httpThreads.shutdown();
    pool.evictAll();
  }

  private static Dispatcher dispatcher(ExecutorService threads) {
    Dispatcher d = new Dispatcher(threads);
    d.setMaxRequests(256);
    // Every reply goes to the same few connector hosts; OkHttp's default of 5 would queue them.
    d.setMaxRequestsPerHost(64);
    return d;
  }

  private static ExecutorService daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return new ThreadPoolExecutor(
        0,
        Integer.MAX_VALUE,
        60,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        r -> {
          Thread t = new Thread(r, "teams-connector-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }
}
