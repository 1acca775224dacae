package uk.socguide.adapters.telegram.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import uk.socguide.adapters.telegram.BenchSupport;

/**
 * Updates a second through the webhook route, over loopback HTTP, with the real engine and a fake
 * Bot API. {@code accept}: how fast the route takes updates (answered 200 once queued; 503 when the
 * queues are full). {@code answer}: updates fully handled a second, each waiting until its reply
 * reaches the fake Bot API; sampled, it gives the latency from post to reply.
 *
 * <p>Run: {@code scripts/bench adapters/telegram WebhookBenchmark}
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Threads(8)
public class WebhookBenchmark {

  /** Whether Telegram's send limits apply (30 messages a second overall). */
  @Param({"false"})
  public boolean telegramLimits;

  private BenchSupport rig;
  private HttpClient http;
  private final AtomicInteger updateIds = new AtomicInteger(1_000_000);
  private final AtomicLong chats = new AtomicLong(10_000_000L);
  private final List<String> questions = BenchSupport.questions();

  @Setup(Level.Trial)
  public void start() throws Exception {
    rig = new BenchSupport(telegramLimits);
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    rig.close();
  }

  /** One simulated user per benchmark thread, in a chat of their own. */
  @State(Scope.Thread)
  public static class User {
    long chat;
    int asked;

    @Setup(Level.Trial)
    public void join(WebhookBenchmark b) {
      chat = b.chats.incrementAndGet();
    }
  }

  /** Counted per second alongside the score. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Statuses {
    public long accepted;
    public long busy;

    @Setup(Level.Iteration)
    public void clear() {
      accepted = 0;
      busy = 0;
    }
  }

  private int post(User user) throws Exception {
    String body =
        BenchSupport.textUpdate(
            updateIds.incrementAndGet(), user.chat, questions.get(user.asked++ % questions.size()));
    HttpRequest request =
        HttpRequest.newBuilder(rig.webhookUri())
            .header("Content-Type", "application/json")
            .header("X-Telegram-Bot-Api-Secret-Token", BenchSupport.SECRET)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public int accept(User user, Statuses statuses) throws Exception {
    int status = post(user);
    if (status == 200) {
      statuses.accepted++;
    } else {
      statuses.busy++;
    }
    return status;
  }

  @Benchmark
  @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void answer(User user) throws Exception {
    var reply = rig.nextReply(user.chat);
    if (post(user) != 200) {
      throw new IllegalStateException("webhook refused an update");
    }
    reply.get(30, TimeUnit.SECONDS);
  }
}
