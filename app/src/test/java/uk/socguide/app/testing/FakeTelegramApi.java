package uk.socguide.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of the Telegram Bot API, on loopback, for the app's own tests of its Telegram wiring:
 * {@code POST /bot<token>/<method>} answered as Telegram answers (getMe with the bot, sendMessage
 * with the message sent, {@code true} for the rest), every call recorded. With {@link #refusing()},
 * every call is refused as Telegram refuses a revoked token.
 */
public final class FakeTelegramApi implements AutoCloseable {
  /** A token of the shape BotFather gives; the bot's id is the number before the colon. */
  public static final String TOKEN = "123456789:app-wiring-test-token_00000000000";

  private static final long BOT_ID = 123456789L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/([A-Za-z]+)$");

  static {
    // the JDK server otherwise waits on delayed ACKs for each small answer
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** A call the bot made: the method (lower case) and its parameters (JSON bodies only). */
  public record Call(String method, JsonNode params) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Call> calls = new ArrayList<>();
  private final AtomicInteger messageIds = new AtomicInteger(100);
  private final boolean refuse;

  private FakeTelegramApi(boolean refuse) throws IOException {
    this.refuse = refuse;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public static FakeTelegramApi accepting() throws IOException {
    return new FakeTelegramApi(false);
  }

  /** Answers every call with 401 Unauthorized, as Telegram does for a revoked token. */
  public static FakeTelegramApi refusing() throws IOException {
    return new FakeTelegramApi(true);
  }

  /** The value for {@code TELEGRAM_API_URL}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Waits until a call of {@code method} matching {@code filter} has arrived; null if none did. */
  public Call await(String method, Predicate<Call> filter, Duration timeout)
      throws InterruptedException {
    String m = method.toLowerCase(Locale.ROOT);
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (calls) {
      while (true) {
        for (Call c : calls) {
          if (c.method().equals(m) && filter.test(c)) {
            return c;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        calls.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
    }
  }

  public List<Call> calls(String method) {
    String m = method.toLowerCase(Locale.ROOT);
    synchronized (calls) {
      return calls.stream().filter(c -> c.method().equals(m)).toList();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Matcher m = PATH.matcher(exchange.getRequestURI().getPath());
      if (!m.matches() || !m.group(1).equals(TOKEN)) {
        respond(exchange, 404, error(404, "Not Found"));
        return;
      }
      String method = m.group(2).toLowerCase(Locale.ROOT);
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      JsonNode params =
          type != null && type.contains("json") && body.length > 0
              ? JSON.readTree(body)
              : JSON.createObjectNode();
      synchronized (calls) {
        calls.add(new Call(method, params));
        calls.notifyAll();
      }
      if (refuse) {
        respond(exchange, 401, error(401, "Unauthorized"));
        return;
      }
      respond(exchange, 200, ok(method, params));
    }
  }

  private JsonNode ok(String method, JsonNode params) {
    ObjectNode answer = JSON.createObjectNode().put("ok", true);
    switch (method) {
      case "getme" ->
          answer
              .putObject("result")
              .put("id", BOT_ID)
              .put("is_bot", true)
              .put("first_name", "SOC Guide (test)")
              .put("username", "SocGuideWiringTestBot");
      case "sendmessage" -> {
        ObjectNode message = answer.putObject("result");
        message.put("message_id", messageIds.incrementAndGet());
        message.put("date", System.currentTimeMillis() / 1000);
        message.putObject("chat").put("id", params.path("chat_id").asLong()).put("type", "private");
        message.put("text", params.path("text").asText());
      }
      default -> answer.put("result", true);
    }
    return answer;
  }

  private static JsonNode error(int code, String description) {
    return JSON.createObjectNode()
        .put("ok", false)
        .put("error_code", code)
        .put("description", description);
  }

  private static void respond(HttpExchange exchange, int status, JsonNode json) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(json);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A text message update from a person in a private chat whose id is also their user id. */
  public static String textUpdate(long updateId, long chatId, String text) {
    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
    ObjectNode message = update.putObject("message");
    message.put("message_id", updateId);
    message.put("date", System.currentTimeMillis() / 1000);
    message.putObject("chat").put("id", chatId).put("type", "private");
    message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Sam");
    message.put("text", text);
    return update.toString();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
