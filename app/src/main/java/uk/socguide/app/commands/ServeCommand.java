package uk.socguide.app.commands;

import io.javalin.Javalin;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.adapters.teams.TeamsAdapter;
import uk.socguide.adapters.teams.TeamsSettings;
import uk.socguide.adapters.telegram.TelegramAdapter;
import uk.socguide.adapters.telegram.TelegramSettings;
import uk.socguide.app.admin.WorkspaceAssembly;
import uk.socguide.app.cli.Command;
import uk.socguide.app.cli.ExitCodes;
import uk.socguide.app.cli.Invocation;
import uk.socguide.app.cli.UsageException;
import uk.socguide.app.config.AppConfig;
import uk.socguide.app.metrics.Metrics;
import uk.socguide.app.metrics.TurnMetrics;
import uk.socguide.app.wiring.Application;
import uk.socguide.app.wiring.Assembly;
import uk.socguide.app.wiring.Assistant;
import uk.socguide.app.wiring.ChannelAdapters;
import uk.socguide.app.wiring.Store;
import uk.socguide.content.store.Database;
import uk.socguide.core.UserIds;

/**
 * {@code ./bot serve}: the HTTP server with every channel and the editors' workspace, until SIGTERM
 * or Ctrl-C.
 */
final class ServeCommand implements Command {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String usage() {
    return "serve";
  }

  @Override
  public String summary() {
    return "run the server: browser chat on /, /api/chat, Teams, Telegram, /admin, /health,"
        + " /metrics (the default)";
  }

  @Override
  public int run(Invocation invocation) throws InterruptedException {
    if (!invocation.args().isEmpty()) {
      throw new UsageException("serve takes no arguments");
    }
    long started = System.nanoTime();
    Startup.Prepared prepared = Startup.prepare(invocation, false);
    AppConfig config = prepared.config();
    TeamsSettings teamsSettings = Channels.teamsSettings(invocation.settings());
    Optional<TelegramSettings> telegramSettings = Channels.telegramSettings(invocation.settings());
    byte[] userIdKey = prepared.userIdKey();
    Metrics metrics = new Metrics();
    Database db = Store.open(config.database());
    Application app;
    TeamsAdapter teams = null;
    Optional<TelegramAdapter> telegram = Optional.empty();
    ChannelAdapters channels;
    try {
      TurnMetrics observer = new TurnMetrics(metrics.registry());
      Assistant assistant =
          Assembly.assistant(db, userIdKey, observer, Assembly.calibrations(config.dataDir()));
      Consumer<Javalin> editors =
          WorkspaceAssembly.forServer(invocation.settings(), config, assistant.live())
              .<Consumer<Javalin>>map(w -> w::install)
              .orElse(null);
      UserIds userIds = new UserIds(userIdKey);
      teams =
          new TeamsAdapter(teamsSettings, assistant.turns(), userIds, config.dataDir(), observer);
      telegram = telegram(telegramSettings, assistant, userIds, observer);
      channels = new ChannelAdapters(Optional.of(teams), telegram);
      app =
          Application.start(
              config.host(), config.port(), assistant, userIds, metrics, channels, editors);
    } catch (RuntimeException e) {
      telegram.ifPresent(TelegramAdapter::close);
      if (teams != null) {
        teams.close();
      }
      db.close();
      metrics.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Application running = app;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("Stopping");
                  running.close();
                  stopped.countDown();
                },
                "shutdown"));
    LOG.info(
        "SOC Guide is ready on http://localhost:{}/ (started in {} ms; data in {}; channels: {})",
        app.port(),
        (System.nanoTime() - started) / 1_000_000,
        config.dataDir(),
        channels.describe());
    stopped.await();
    return ExitCodes.OK;
  }

  /** The Telegram adapter over the same metered engine as every channel, when it has a token. */
  private static Optional<TelegramAdapter> telegram(
      Optional<TelegramSettings> settings,
      Assistant assistant,
      UserIds userIds,
      TurnMetrics observer) {
    if (settings.isEmpty()) {
      LOG.info("Telegram adapter off: {} is not set", TelegramSettings.TOKEN);
      return Optional.empty();
    }
    return Optional.of(new TelegramAdapter(settings.get(), assistant.turns(), userIds, observer));
  }
}
