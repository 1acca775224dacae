package uk.socguide.adapters.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;
import uk.socguide.core.dialogue.TurnObserver;
import uk.socguide.core.testing.SampleEngine;

/**
 * A webhook-mode adapter behind a loopback HTTP server (standing in for the app's route), sending
 * to a fake Bot API, for the benchmarks in {@code bench}.
 */
public final class BenchSupport implements AutoCloseable {

  public static final String SECRET = "bench-secret_0123456789";

  private final SampleEngine sample;
  private final FakeBotApi api;
  private final TelegramAdapter adapter;
  private final HttpServer front;
  private final ExecutorService frontThreads;
  private final Map<Long, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

  /**
   * @param telegramLimits whether to keep Telegram's send limits (30 a second overall); without
   *     them the figure is the adapter's own capacity
   */
  public BenchSupport(boolean telegramLimits) throws Exception {
    sample = SampleEngine.create();
    TurnHandler engine = sample.engine();
    api = new FakeBotApi();
    api.stream(
        call -> {
          if (call.method().equals("sendmessage")) {
            CompletableFuture<Void> f = waiting.remove(call.params().path("chat_id").asLong());
            if (f != null) {
              f.complete(null);
            }
          }
        });
    SendLimits limits =
        telegramLimits
            ? SendLimits.TELEGRAM
            : new SendLimits(
                Duration.ZERO, Duration.ZERO, 0, Duration.ofMillis(50), Duration.ofSeconds(1), 4);
    Tuning tuning =
        new Tuning(
            limits,
            16,
            256,
            256,
            256,
            256,
            50_000,
            Duration.ofHours(1),
            10_000,
            Duration.ofSeconds(2),
            Duration.ofSeconds(1),
            Clock.systemUTC());
    TelegramSettings settings =
        Harness.settings(
            api,
            Map.of(
                TelegramSettings.MODE, "webhook",
                TelegramSettings.WEBHOOK_URL, "https://guide.example.gov.uk/telegram/webhook",
                TelegramSettings.WEBHOOK_SECRET, SECRET));
    adapter = new TelegramAdapter(settings, engine, Harness.USER_IDS, TurnObserver.NONE, tuning);
    adapter.start().get(10, TimeUnit.SECONDS);
    HttpEndpoint endpoint = adapter.webhook().orElseThrow();
    front = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    frontThreads = Executors.newFixedThreadPool(8, new NamedThreads("bench-front"));
    front.setExecutor(frontThreads);
    front.createContext(TelegramAdapter.WEBHOOK_PATH, exchange -> serve(endpoint, exchange));
    front.start();
  }

  /** Where to POST updates. */
  public URI webhookUri() {
    return URI.create(
        "http://127.0.0.1:" + front.getAddress().getPort() + TelegramAdapter.WEBHOOK_PATH);
  }

  /** A text update's JSON. */
  public static String textUpdate(int updateId, long chat, String text) {
    return Updates.text(updateId, chat, chat, text);
  }

  /** Completes when the next message to {@code chat} reaches the fake Bot API. */
  public CompletableFuture<Void> nextReply(long chat) {
    CompletableFuture<Void> f = new CompletableFuture<>();
    waiting.put(chat, f);
    return f;
  }

  private static void serve(HttpEndpoint endpoint, HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> headers = new HashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      HttpResponse r =
          endpoint.handle(
              new HttpRequest(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  headers,
                  exchange.getRequestBody().readAllBytes(),
                  exchange.getRemoteAddress().getAddress().getHostAddress()));
      if (r.contentType() != null) {
        exchange.getResponseHeaders().set("Content-Type", r.contentType());
      }
      r.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      exchange.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
      if (r.body().length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(r.body());
        }
      }
    }
  }

  public static List<String> questions() {
    return List.of(
        "who do I report fraud to?",
        "what is county lines?",
        "what does the NCA do?",
        "how can councils tackle organised crime?",
        "what is cuckooing?");
  }

  @Override
  public void close() {
    front.stop(0);
    frontThreads.shutdownNow();
    adapter.close();
    api.close();
    sample.close();
  }
}
