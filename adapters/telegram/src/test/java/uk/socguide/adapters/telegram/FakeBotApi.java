package uk.socguide.adapters.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Telegram Bot API server on loopback, speaking the documented protocol: {@code POST
 * /bot<token>/<method>} with a JSON or multipart body, answered with {@code {"ok":true,"result":…}}
 * or an error object. getUpdates is a real long poll. Every call is recorded; failures can be
 * scripted per method.
 */
final class FakeBotApi implements AutoCloseable {

  static final String TOKEN = "123456789:TEST-token-for-loopback-only_0000000";
  static final long BOT_ID = 123456789L;
  static final String BOT_USERNAME = "SocGuideTestBot";

  static {
    // the JDK server otherwise leaves Nagle on: with delayed ACKs each answer waits 40 ms
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");

  /** A recorded call: the method in lower case and its parameters as JSON. */
  record Call(String method, JsonNode params) {}

  /** A scripted failure for the next call of a method. */
  enum Failure {
    TOO_MANY_REQUESTS,
    DROP_CONNECTION,
    BAD_GATEWAY,
    FORBIDDEN,
    UNAUTHORIZED
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final List<Call> calls = new ArrayList<>();
  private final Deque<String> pendingUpdates = new ArrayDeque<>();
  private final Map<String, Deque<Failure>> failures = new HashMap<>();
  private final AtomicInteger messageIds = new AtomicInteger(1000);
  private volatile long pollCapMillis = 1000;
  private final Map<String, Long> delays = new HashMap<>();
  private volatile boolean recording = true;
  private volatile Consumer<Call> listener = call -> {};

  FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    executor = Executors.newCachedThreadPool(new NamedThreads("fake-bot-api"));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The value for TELEGRAM_API_URL. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues an update (its JSON) for the next getUpdates. */
  void deliver(String updateJson) {
    synchronized (pendingUpdates) {
      pendingUpdates.add(updateJson);
      pendingUpdates.notifyAll();
    }
  }

  void failNext(String method, Failure... next) {
    synchronized (calls) {
      failures
          .computeIfAbsent(method.toLowerCase(Locale.ROOT), m -> new ArrayDeque<>())
          .addAll(List.of(next));
    }
  }

  List<Call> calls(String method) {
    String m = method.toLowerCase(Locale.ROOT);
    synchronized (calls) {
      return calls.stream().filter(c -> c.method().equals(m)).toList();
    }
  }

  /** Answers every call of the method only after a pause, like a slow network. */
  void slow(String method, Duration pause) {
    synchronized (calls) {
      delays.put(method.toLowerCase(Locale.ROOT), pause.toMillis());
    }
  }

  /** For load tests: stop keeping calls (memory) and hand each to a listener instead. */
  void stream(Consumer<Call> listener) {
    this.listener = listener;
    this.recording = false;
  }

  void reset() {
    synchronized (calls) {
      calls.clear();
      failures.clear();
      delays.clear();
    }
  }

  /** Waits until at least {@code count} calls of the method matching {@code filter} arrived. */
  List<Call> await(String method, int count, Predicate<Call> filter, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String m = method.toLowerCase(Locale.ROOT);
    synchronized (calls) {
      while (true) {
        List<Call> found = calls.stream().filter(c -> c.method().equals(m)).filter(filter).toList();
        long left = deadline - System.nanoTime();
        if (found.size() >= count || left <= 0) {
          return found;
        }
        calls.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  List<Call> await(String method, int count) throws InterruptedException {
    return await(method, count, c -> true, Duration.ofSeconds(10));
  }

  /** sendMessage calls to one chat. */
  List<Call> awaitMessages(long chatId, int count) throws InterruptedException {
    return await(
        "sendMessage",
        count,
        c -> c.params().path("chat_id").asText().equals(Long.toString(chatId)),
        Duration.ofSeconds(10));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (!"POST".equals(exchange.getRequestMethod()) || !m.matches()) {
        respond(exchange, 404, error(404, "Not Found", null));
        return;
      }
      if (!m.group(1).equals(TOKEN)) {
        respond(exchange, 401, error(401, "Unauthorized", null));
        return;
      }
      String method = m.group(2).toLowerCase(Locale.ROOT);
      JsonNode params = params(exchange, body);
      Failure failure;
      long pause;
      Call call = new Call(method, params);
      synchronized (calls) {
        pause = delays.getOrDefault(method, 0L);
        if (recording) {
          calls.add(call);
          calls.notifyAll();
        }
        Deque<Failure> scripted = failures.get(method);
        failure = scripted == null ? null : scripted.poll();
      }
      listener.accept(call);
      if (pause > 0) {
        try {
          Thread.sleep(pause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (failure != null) {
        fail(exchange, failure);
        return;
      }
      respond(exchange, 200, ok(method, params));
    }
  }

  private void fail(HttpExchange exchange, Failure failure) throws IOException {
    switch (failure) {
      case TOO_MANY_REQUESTS -> {
        ObjectNode retry = JSON.createObjectNode().put("retry_after", 1);
        respond(exchange, 429, error(429, "Too Many Requests: retry after 1", retry));
      }
      case DROP_CONNECTION -> {
        // closing the exchange without a response drops the connection mid-request
      }
      case BAD_GATEWAY -> {
        byte[] html = "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html");
        exchange.sendResponseHeaders(502, html.length);
        exchange.getResponseBody().write(html);
      }
      case FORBIDDEN ->
          respond(exchange, 403, error(403, "Forbidden: bot was blocked by the user", null));
      case UNAUTHORIZED -> respond(exchange, 401, error(401, "Unauthorized", null));
    }
  }

  private JsonNode ok(String method, JsonNode params) throws IOException {
    ObjectNode answer = JSON.createObjectNode().put("ok", true);
    switch (method) {
      case "getme" ->
          answer
              .putObject("result")
              .put("id", BOT_ID)
              .put("is_bot", true)
              .put("first_name", "SOC Guide (test)")
              .put("username", BOT_USERNAME);
      case "sendmessage" -> {
        ObjectNode message = answer.putObject("result");
        message.put("message_id", messageIds.incrementAndGet());
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", params.path("chat_id").asLong()).put("type", "private");
        message
            .putObject("from")
            .put("id", BOT_ID)
            .put("is_bot", true)
            .put("first_name", "SOC Guide");
        message.put("text", params.path("text").asText());
      }
      case "getupdates" -> answer.set("result", updates(params));
      default -> answer.put("result", true);
    }
    return answer;
  }

  private ArrayNode updates(JsonNode params) throws IOException {
    long offset = params.path("offset").asLong(0);
    long wait = Math.min(params.path("timeout").asLong(0) * 1000, pollCapMillis);
    long deadline = System.currentTimeMillis() + wait;
    ArrayNode result = JSON.createArrayNode();
    synchronized (pendingUpdates) {
      // getUpdates with an offset confirms every earlier update: they are not sent again
      pendingUpdates.removeIf(u -> updateId(u) < offset);
      while (pendingUpdates.isEmpty() && System.currentTimeMillis() < deadline) {
        try {
          pendingUpdates.wait(Math.max(1, deadline - System.currentTimeMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      for (String u : pendingUpdates) {
        result.add(JSON.readTree(u));
      }
    }
    return result;
  }

  private static long updateId(String json) {
    try {
      return JSON.readTree(json).path("update_id").asLong();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode params(HttpExchange exchange, byte[] body) throws IOException {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (body.length == 0) {
      return JSON.createObjectNode();
    }
    if (type != null && type.startsWith("multipart/form-data")) {
      return multipart(type, body);
    }
    return JSON.readTree(body);
  }

  // enough of RFC 7578 for the Bot API client's text fields
  private static JsonNode multipart(String type, byte[] body) {
    String boundary = type.substring(type.indexOf("boundary=") + "boundary=".length());
    ObjectNode fields = JSON.createObjectNode();
    String text = new String(body, StandardCharsets.UTF_8);
    for (String part : text.split("--" + Pattern.quote(boundary))) {
      int headerEnd = part.indexOf("\r\n\r\n");
      if (headerEnd < 0) {
        continue;
      }
      Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(part.substring(0, headerEnd));
      if (name.find()) {
        String value = part.substring(headerEnd + 4);
        if (value.endsWith("\r\n")) {
          value = value.substring(0, value.length() - 2);
        }
        fields.put(name.group(1), value);
      }
    }
    return fields;
  }

  private static JsonNode error(int code, String description, JsonNode parameters) {
    ObjectNode e = JSON.createObjectNode().put("ok", false).put("error_code", code);
    e.put("description", description);
    if (parameters != null) {
      e.set("parameters", parameters);
    }
    return e;
  }

  private static void respond(HttpExchange exchange, int status, JsonNode json) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(json);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    synchronized (pendingUpdates) {
      pendingUpdates.notifyAll();
    }
    server.stop(0);
    executor.shutdownNow();
  }
}
