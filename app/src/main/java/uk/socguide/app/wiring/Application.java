package uk.socguide.app.wiring;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.adapters.teams.TeamsAdapter;
import uk.socguide.adapters.web.ChatEndpoint;
import uk.socguide.adapters.web.ParseEndpoint;
import uk.socguide.adapters.web.WebPage;
import uk.socguide.app.metrics.Metrics;
import uk.socguide.app.server.AppServer;
import uk.socguide.app.server.HealthCheck;
import uk.socguide.app.server.HealthEndpoint;
import uk.socguide.core.UserIds;

/**
 * The running service: the HTTP server with every route bound. It listens as soon as it is started
 * (the page, liveness and metrics work at once; the API answers 503 and readiness says "starting")
 * and serves the assistant once {@link #serve} hands it over. Closing it stops taking requests,
 * lets those in flight finish, then releases the assistant and the metrics.
 */
public final class Application implements AutoCloseable {
  public static final String CHAT_PATH = "/api/chat";
  public static final String PARSE_PATH = "/api/parse";
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  private static final HealthCheck STARTING =
      new HealthCheck() {
        @Override
        public String name() {
          return "assistant";
        }

        @Override
        public Result check() {
          return Result.down("starting: loading content and training the intent model");
        }
      };

  private final AppServer server;
  private final Metrics metrics;
  private final WhenReady chat = new WhenReady();
  private final WhenReady parse = new WhenReady();
  private final WhenReady health = new WhenReady();
  private final WhenReady teamsMessages = new WhenReady();
  private volatile AutoCloseable channels;
  private volatile Assistant assistant;
  private final int port;

  private Application(String host, int port, Metrics metrics) {
    this.metrics = metrics;
    this.server = new AppServer(host, port);
    WebPage page = new WebPage();
    WebPage.PATHS.forEach(path -> server.get(path, page));
    server.post(CHAT_PATH, chat);
    server.post(PARSE_PATH, parse);
    server.post(TeamsAdapter.MESSAGES_PATH, teamsMessages);
    health.ready(new HealthEndpoint(List.of(STARTING)));
    server.get(HealthEndpoint.PATH, health);
    server.get(HealthEndpoint.LIVE_PATH, health);
    server.get(Metrics.PATH, metrics);
    this.port = server.start();
  }

  /**
   * Starts listening on {@code host:port} (port 0 picks a free one), not yet ready.
   *
   * @param metrics the registry the assistant's turn observer reports to, served on /metrics
   * @throws uk.socguide.app.cli.StartupFailure when the port cannot be used
   */
  public static Application listen(String host, int port, Metrics metrics) {
    return new Application(host, port, metrics);
  }

  /** Starts listening and serves the assistant at once. */
  public static Application start(
      String host, int port, Assistant assistant, UserIds userIds, Metrics metrics) {
    Application app = new Application(host, port, metrics);
    app.serve(assistant, userIds);
    return app;
  }

  /** Serves the assistant from now on, without the Teams channel; closed with the application. */
  public void serve(Assistant ready, UserIds userIds) {
    serve(ready, userIds, null);
  }

  /**
   * Serves the assistant from now on, with Teams on {@value TeamsAdapter#MESSAGES_PATH}; both are
   * closed with the application.
   *
   * @param teams the Teams adapter over the same assistant, or {@code null} for none
   */
  public void serve(Assistant ready, UserIds userIds, TeamsAdapter teams) {
    this.assistant = ready;
    this.channels = teams;
    chat.ready(new ChatEndpoint(ready.turns(), userIds));
    parse.ready(new ParseEndpoint(ready.parser()));
    if (teams != null) {
      teamsMessages.ready(teams.messagesEndpoint());
    }
    health.ready(new HealthEndpoint(ready.checks()));
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
    AutoCloseable c = channels;
    if (c != null) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("a channel did not stop cleanly: {}", e.toString());
      }
    }
    Assistant a = assistant;
    if (a != null) {
      a.close();
    }
    metrics.close();
  }
}
