package uk.socguide.app.wiring;

import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.adapters.teams.TeamsAdapter;
import uk.socguide.adapters.telegram.TelegramAdapter;
import uk.socguide.adapters.web.ChatEndpoint;
import uk.socguide.adapters.web.ParseEndpoint;
import uk.socguide.adapters.web.WebPage;
import uk.socguide.app.metrics.Metrics;
import uk.socguide.app.server.AppServer;
import uk.socguide.app.server.HealthCheck;
import uk.socguide.app.server.HealthEndpoint;
import uk.socguide.core.UserIds;

/**
 * The running service: the HTTP server with every route bound over the assistant, and the channel
 * adapters. Telegram starts once the server listens. Closing stops Telegram first (it stops taking
 * updates and lets replies in progress finish on the engine), then the server (requests in flight,
 * Teams turns among them, finish), then Teams (queued replies go out), and last the assistant and
 * the metrics. A part that fails to stop does not keep the others open.
 */
public final class Application implements AutoCloseable {
  public static final String CHAT_PATH = "/api/chat";
  public static final String PARSE_PATH = "/api/parse";
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final AppServer server;
  private final Metrics metrics;
  private final Assistant assistant;
  private final Optional<TeamsAdapter> teams;
  private final Optional<TelegramChannel> telegram;
  private final int port;

  private Application(
      String host,
      int port,
      Assistant assistant,
      UserIds userIds,
      Metrics metrics,
      ChannelAdapters channels,
      Consumer<Javalin> routes) {
    this.metrics = metrics;
    this.assistant = assistant;
    this.teams = channels.teams();
    this.telegram = channels.telegram().map(TelegramChannel::new);
    this.server = new AppServer(host, port);
    WebPage page = new WebPage();
    WebPage.PATHS.forEach(path -> server.get(path, page));
    server.post(CHAT_PATH, new ChatEndpoint(assistant.turns(), userIds));
    server.post(PARSE_PATH, new ParseEndpoint(assistant.parser()));
    teams.ifPresent(t -> server.post(TeamsAdapter.MESSAGES_PATH, t.messagesEndpoint()));
    channels
        .telegram()
        .flatMap(TelegramAdapter::webhook)
        .ifPresent(webhook -> server.post(TelegramAdapter.WEBHOOK_PATH, webhook));
    List<HealthCheck> checks = new ArrayList<>(assistant.checks());
    telegram.ifPresent(checks::add);
    telegram.ifPresent(t -> t.countDropsIn(metrics.registry()));
    HealthEndpoint health = new HealthEndpoint(checks);
    server.get(HealthEndpoint.PATH, health);
    server.get(HealthEndpoint.LIVE_PATH, health);
    server.get(Metrics.PATH, metrics);
    if (routes != null) {
      server.install(routes);
    }
    this.port = server.start();
    telegram.ifPresent(TelegramChannel::start);
  }

  /**
   * Starts serving on {@code host:port} (port 0 picks a free one), then starts the channels that
   * need the server listening. On failure nothing it was given is closed: the caller still owns it.
   *
   * @param metrics the registry the assistant's turn observer reports to, served on /metrics
   * @param channels the channel adapters over the same assistant
   * @param routes binds further routes (the editors' workspace), or {@code null} for none
   * @throws uk.socguide.app.cli.StartupFailure when the port cannot be used
   */
  public static Application start(
      String host,
      int port,
      Assistant assistant,
      UserIds userIds,
      Metrics metrics,
      ChannelAdapters channels,
      Consumer<Javalin> routes) {
    return new Application(host, port, assistant, userIds, metrics, channels, routes);
  }

  /** The browser chat and API only, reporting to {@code metrics}. */
  public static Application start(
      String host, int port, Assistant assistant, UserIds userIds, Metrics metrics) {
    return start(host, port, assistant, userIds, metrics, ChannelAdapters.none(), null);
  }

  /** The browser chat and API with further routes (the editors' workspace). */
  public static Application start(
      String host, int port, Assistant assistant, UserIds userIds, Consumer<Javalin> routes) {
    return start(host, port, assistant, userIds, new Metrics(), ChannelAdapters.none(), routes);
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    telegram.ifPresent(t -> stop("the Telegram adapter", t::close));
    stop("the HTTP server", server::close);
    teams.ifPresent(t -> stop("the Teams adapter", t::close));
    stop("the assistant", assistant::close);
    stop("the metrics", metrics::close);
  }

  private static void stop(String what, Runnable close) {
    try {
      close.run();
    } catch (RuntimeException e) {
      LOG.warn("{} did not stop cleanly: {}", what, e.toString());
    }
  }
}
