package uk.socguide.adapters.teams.fakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Bot Connector REST API on loopback: records every call the bot makes and answers as the
 * connector does ({@code {"id": ...}}), or with scripted failures queued by the test.
 */
public final class FakeConnector implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One call the bot made. */
  public record Call(String method, String path, Map<String, String> headers, JsonNode body) {
    public String type() {
      return body.path("type").asText();
    }
  }

  /** A scripted answer: status and extra headers. */
  public record Answer(int status, Map<String, String> headers) {}

  private final HttpServer server;
  private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
  private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
  private final AtomicInteger ids = new AtomicInteger();
  private volatile boolean recording = true;
  private volatile java.util.function.BiConsumer<String, byte[]> listener = (path, body) -> {};

  public FakeConnector() throws IOException {
    LoopbackServers.configure();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    server.setExecutor(
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "fake-connector");
              t.setDaemon(true);
              return t;
            }));
    server.createContext("/", this::handle);
    server.start();
  }

  /** The serviceUrl activities name, ending in a slash as Teams' do. */
  public String serviceUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/teams/";
  }

  /** The next calls get these answers, in order, before normal answers resume. */
  public void script(Answer... answers) {
    script.addAll(List.of(answers));
  }

  /** Told the path and raw body of every call, on the server's thread (for load runs). */
  public void listener(java.util.function.BiConsumer<String, byte[]> listener) {
    this.listener = listener;
  }

  /** Stops keeping calls (for load runs); answers are unchanged. */
  public void recording(boolean on) {
    recording = on;
  }

  public Call next(Duration timeout) throws InterruptedException {
    Call call = calls.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (call == null) {
      throw new AssertionError("the bot made no connector call within " + timeout);
    }
    return call;
  }

  /** The next call that is not a typing indicator. */
  public Call nextMessage(Duration timeout) throws InterruptedException {
    while (true) {
      Call call = next(timeout);
      if (!"typing".equals(call.type())) {
        return call;
      }
    }
  }

  /** Calls made so far and not yet taken. */
  public List<Call> drain() {
    List<Call> out = new ArrayList<>();
    calls.drainTo(out);
    return out;
  }

  /** Waits a little and returns whatever calls arrived, for checking that none did. */
  public List<Call> quietFor(Duration wait) throws InterruptedException {
    Thread.sleep(wait.toMillis());
    return drain();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] request = exchange.getRequestBody().readAllBytes();
    if (!recording && script.isEmpty()) {
      listener.accept(exchange.getRequestURI().getPath(), request);
      byte[] ok = "{\"id\":\"1:reply\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, ok.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(ok);
      }
      return;
    }
    Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, String.join(",", v)));
    JsonNode body = request.length == 0 ? JSON.createObjectNode() : JSON.readTree(request);
    Answer answer = script.poll();
    if (recording || answer != null) {
      calls.add(
          new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body));
    }
    if (answer != null) {
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      byte[] error =
          ("{\"error\":{\"code\":\"Throttled\",\"message\":\"scripted " + answer.status() + "\"}}")
              .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(answer.status(), error.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(error);
      }
      return;
    }
    byte[] ok =
        ("{\"id\":\"1:reply-" + ids.incrementAndGet() + "\"}").getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, ok.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(ok);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
