package uk.socguide.adapters.telegram;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The adapter's one HTTP client to the Bot API, with a dispatcher and connection pool of its own so
 * that closing the adapter really stops them. OkHttp's own retry on a failed connection is off:
 * {@link Sender} decides about retries, and a silently repeated POST could send a message twice.
 */
final class TelegramHttp implements AutoCloseable {

  private static final Duration LONG_POLL_READ = Duration.ofSeconds(75);

  private final ExecutorService calls;
  private final OkHttpClient client;
  private final StoppablePolling pollingClient;

  TelegramHttp() {
    calls =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            new NamedThreads("telegram-http"));
    Dispatcher dispatcher = new Dispatcher(calls);
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    client =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectionPool(new ConnectionPool(16, 60, TimeUnit.SECONDS))
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(30))
            .writeTimeout(Duration.ofSeconds(30))
            .retryOnConnectionFailure(false)
            .build();
    // the long poll holds its request open for up to 50 s; its own dispatcher lets close()
    // cancel it without cancelling replies still being sent
    pollingClient =
        new StoppablePolling(
            client
                .newBuilder()
                .dispatcher(new Dispatcher(calls))
                .readTimeout(LONG_POLL_READ)
                .build());
  }

  OkHttpClient client() {
    return client;
  }

  OkHttpClient pollingClient() {
    return pollingClient;
  }

  /** Cancels the long poll, which would otherwise hold a thread for up to 50 seconds. */
  void cancelPolling() {
    pollingClient.stop();
  }

  @Override
  public void close() throws InterruptedException {
    pollingClient.stop();
    client.dispatcher().cancelAll();
    calls.shutdownNow();
    calls.awaitTermination(5, TimeUnit.SECONDS);
    client.connectionPool().evictAll();
  }
}
