package uk.socguide.app.wiring;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.adapters.web.ChatEndpoint;
import uk.socguide.adapters.web.ParseEndpoint;
import uk.socguide.adapters.web.WebPage;
import uk.socguide.app.metrics.MeteredTurns;
import uk.socguide.app.metrics.Metrics;
import uk.socguide.app.metrics.TurnMetrics;
import uk.socguide.app.server.AppServer;
import uk.socguide.app.server.HealthCheck;
import uk.socguide.app.server.HealthEndpoint;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.UserIds;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpResponse;

/**
 * The running service: the HTTP server with every route bound, over an assistant. Closing it stops
 * taking requests, lets those in flight finish, then releases the assistant.
 */
public final class Application implements AutoCloseable {
  public static final String CHAT_PATH = "/api/chat";
  public static final String PARSE_PATH = "/api/parse";
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final AppServer server;
  private final Metrics metrics;
  private final Assistant assistant;
  private final int port;

  private Application(
      String host,
      int port,
      Assistant assistant,
      UserIds userIds,
      String unavailable,
      Consumer<Javalin> routes) {
    this.metrics = new Metrics();
    this.assistant = assistant;
    this.server = new AppServer(host, port);
    WebPage page = new WebPage();
    WebPage.PATHS.forEach(path -> server.get(path, page));
    List<HealthCheck> checks = new ArrayList<>();
    if (assistant != null) {
      TurnHandler turns = new MeteredTurns(assistant.turns(), new TurnMetrics(metrics.registry()));
      server.post(CHAT_PATH, new ChatEndpoint(turns, userIds));
      server.post(PARSE_PATH, new ParseEndpoint(assistant.parser()));
      checks.addAll(assistant.checks());
    } else {
      HttpEndpoint absent = request -> unavailable(unavailable);
      server.post(CHAT_PATH, absent);
      server.post(PARSE_PATH, absent);
      checks.add(
          new HealthCheck() {
            @Override
            public String name() {
              return "assistant";
            }

            @Override
            public Result check() {
              return Result.down(unavailable);
            }
          });
    }
    HealthEndpoint health = new HealthEndpoint(checks);
    server.get(HealthEndpoint.PATH, health);
    server.get(HealthEndpoint.LIVE_PATH, health);
    server.get(Metrics.PATH, metrics);
    if (routes != null) {
      server.install(routes);
    }
    this.port = server.start();
  }

  /** Starts serving the assistant on {@code host:port} (port 0 picks a free one). */
  public static Application start(String host, int port, Assistant assistant, UserIds userIds) {
    return new Application(host, port, assistant, userIds, null, null);
  }

  /**
   * Starts serving the assistant with more routes bound beside the chat: the editors' workspace.
   *
   * @param routes binds them, or {@code null} for none
   */
  public static Application start(
      String host, int port, Assistant assistant, UserIds userIds, Consumer<Javalin> routes) {
    return new Application(host, port, assistant, userIds, null, routes);
  }

  /**
   * Starts serving without an assistant: the page, health (not ready, saying why) and metrics work;
   * the chat API answers 503.
   */
  public static Application startWithout(String host, int port, String reason) {
    return new Application(host, port, null, null, reason, null);
  }

  public int port() {
    return port;
  }

  private static HttpResponse unavailable(String reason) {
    return HttpResponse.json(
        503, "{\"error\":\"not available in this build: " + reason + "\",\"status\":503}");
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (RuntimeException e) {
      LOG.warn("HTTP server did not stop cleanly: {}", e.getMessage());
    }
    if (assistant != null) {
      assistant.close();
    }
    metrics.close();
  }
}
