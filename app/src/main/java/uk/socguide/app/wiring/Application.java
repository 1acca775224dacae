package uk.socguide.app.wiring;

import io.javalin.Javalin;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.adapters.teams.TeamsAdapter;
import uk.socguide.adapters.web.ChatEndpoint;
import uk.socguide.adapters.web.ParseEndpoint;
import uk.socguide.adapters.web.WebPage;
import uk.socguide.app.metrics.Metrics;
import uk.socguide.app.server.AppServer;
import uk.socguide.app.server.HealthEndpoint;
import uk.socguide.core.UserIds;

/**
 * The running service: the HTTP server with every route bound over the assistant. Closing it stops
 * taking requests, lets those in flight finish, then stops the channels and releases the assistant
 * and the metrics.
 */
public final class Application implements AutoCloseable {
  public static final String CHAT_PATH = "/api/chat";
  public static final String PARSE_PATH = "/api/parse";
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final AppServer server;
  private final Metrics metrics;
  private final Assistant assistant;
  private final TeamsAdapter teams;
  private final int port;

  private Application(
      String host,
      int port,
      Assistant assistant,
      UserIds userIds,
      Metrics metrics,
      TeamsAdapter teams,
      Consumer<Javalin> routes) {
    this.metrics = metrics;
    this.assistant = assistant;
    this.teams = teams;
    this.server = new AppServer(host, port);
    WebPage page = new WebPage();
    WebPage.PATHS.forEach(path -> server.get(path, page));
    server.post(CHAT_PATH, new ChatEndpoint(assistant.turns(), userIds));
    server.post(PARSE_PATH, new ParseEndpoint(assistant.parser()));
    if (teams != null) {
      server.post(TeamsAdapter.MESSAGES_PATH, teams.messagesEndpoint());
    }
    HealthEndpoint health = new HealthEndpoint(assistant.checks());
    server.get(HealthEndpoint.PATH, health);
    server.get(HealthEndpoint.LIVE_PATH, health);
    server.get(Metrics.PATH, metrics);
    if (routes != null) {
      server.install(routes);
    }
    this.port = server.start();
  }

  /**
   * Starts serving on {@code host:port} (port 0 picks a free one).
   *
   * @param metrics the registry the assistant's turn observer reports to, served on /metrics
   * @param teams the Teams adapter over the same assistant, or {@code null} for none
   * @param routes binds further routes (the editors' workspace), or {@code null} for none
   * @throws uk.socguide.app.cli.StartupFailure when the port cannot be used
   */
  public static Application start(
      String host,
      int port,
      Assistant assistant,
      UserIds userIds,
      Metrics metrics,
      TeamsAdapter teams,
      Consumer<Javalin> routes) {
    return new Application(host, port, assistant, userIds, metrics, teams, routes);
  }

  /** The browser chat and API only, reporting to {@code metrics}. */
  public static Application start(
      String host, int port, Assistant assistant, UserIds userIds, Metrics metrics) {
    return start(host, port, assistant, userIds, metrics, null, null);
  }

  /** The browser chat and API with further routes (the editors' workspace). */
  public static Application start(
      String host, int port, Assistant assistant, UserIds userIds, Consumer<Javalin> routes) {
    return start(host, port, assistant, userIds, new Metrics(), null, routes);
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (RuntimeException e) {
      LOG.warn("HTTP server did not stop cleanly: {}", e.getMessage());
    }
    if (teams != null) {
      teams.close();
    }
    assistant.close();
    metrics.close();
  }
}
