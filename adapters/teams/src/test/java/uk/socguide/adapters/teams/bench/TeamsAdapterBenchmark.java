package uk.socguide.adapters.teams.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import uk.socguide.adapters.teams.BenchRig;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;

/**
 * Activities posted over loopback HTTP to {@code /api/messages} with authentication on (RS256 token
 * checked on every request against keys from a loopback OpenID server), the real engine, and the
 * reply delivered to a fake Bot Connector on loopback with a token from a loopback HTTPS authority.
 * The route is served by a JDK HTTP server binding the adapter's endpoint as the app binds it
 * (adapters cannot depend on app, so Javalin is not in the loop). Each {@code
 * apiMessagesToConnector} operation is one closed-loop exchange: post the message, wait until the
 * connector has the answer. {@code authenticatedIntake} posts an activity that needs no turn;
 * {@code engineAlone} runs the same turn in the engine only, to show the adapter's overhead.
 *
 * <p>Run: {@code scripts/bench adapters/teams -f 1 -wi 3 -i 5 -t 1 TeamsAdapterBenchmark}; add
 * {@code -t 16} for sixteen conversations at once.
 */
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TeamsAdapterBenchmark {

  /** One rig for the whole run: servers, adapter and engine. */
  @State(Scope.Benchmark)
  public static class Rig {
    BenchRig rig;
    HttpClient http;
    final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
    final AtomicInteger conversations = new AtomicInteger();

    @Setup(Level.Trial)
    public void start() throws Exception {
      Path data = Files.createTempDirectory("teams-bench");
      rig = new BenchRig(data);
      http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      rig.onReply(
          conversationId -> {
            CompletableFuture<Void> done = waiting.remove(conversationId);
            if (done != null) {
              done.complete(null);
            }
          });
    }

    @TearDown(Level.Trial)
    public void stop() {
      System.out.println(
          "\n[teams bench] delivered=" + rig.delivered() + " failed=" + rig.failed());
      rig.close();
    }
  }

  /** Each benchmark thread is its own personal chat. */
  @State(Scope.Thread)
  public static class Conversation {
    String conversationId;
    byte[] body;
    byte[] reaction;
    InboundMessage inbound;

    @Setup(Level.Trial)
    public void create(Rig rig) {
      conversationId = "a:1bench-" + rig.conversations.incrementAndGet();
      body = rig.rig.personalMessage(conversationId).getBytes(StandardCharsets.UTF_8);
      reaction = rig.rig.reaction(conversationId).getBytes(StandardCharsets.UTF_8);
      inbound =
          InboundMessage.text(
              "teams", conversationId, "bench-user", BenchRig.QUESTION, Audience.COUNCILLOR);
    }
  }

  @Benchmark
  public int apiMessagesToConnector(Rig rig, Conversation c) throws Exception {
    CompletableFuture<Void> delivered = new CompletableFuture<>();
    rig.waiting.put(c.conversationId, delivered);
    int status = post(rig, c.body);
    if (status != 202) {
      throw new IllegalStateException("status " + status);
    }
    delivered.get(10, TimeUnit.SECONDS);
    return status;
  }

  /** Reading and authenticating an activity that needs no turn (a reaction): intake cost only. */
  @Benchmark
  public int authenticatedIntake(Rig rig, Conversation c) throws Exception {
    int status = post(rig, c.reaction);
    if (status != 202) {
      throw new IllegalStateException("status " + status);
    }
    return status;
  }

  @Benchmark
  public Reply engineAlone(Rig rig, Conversation c) {
    return rig.rig.engine().handle(c.inbound);
  }

  private static int post(Rig rig, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(rig.rig.messagesUri())
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Authorization", rig.rig.authorization())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return rig.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
