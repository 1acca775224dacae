package uk.socguide.app.commands;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.adapters.teams.TeamsAdapter;
import uk.socguide.adapters.teams.TeamsSettings;
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
import uk.socguide.app.wiring.Store;
import uk.socguide.content.store.Database;
import uk.socguide.core.UserIds;

/**
 * {@code ./bot serve}: the HTTP server with every channel, until SIGTERM or Ctrl-C. The server
 * starts listening while the content store opens and the model trains, so it is live at once and
 * ready (/health 200) when the assistant is.
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
    return "run the server: browser chat on /, /api/chat, /health, /metrics (the default)";
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
    byte[] userIdKey = prepared.userIdKey();
    Metrics metrics = new Metrics();
    CompletableFuture<Application> listening =
        CompletableFuture.supplyAsync(
            () -> Application.listen(config.host(), config.port(), metrics));
    Application app;
    Database db = null;
    try {
      db = Store.open(config.database());
      if (listening.isCompletedExceptionally()) {
        listening.join(); // fail now rather than after training
      }
      TurnMetrics observer = new TurnMetrics(metrics.registry());
      Assistant assistant = Assembly.assistant(db, userIdKey, observer);
      UserIds userIds = new UserIds(userIdKey);
      TeamsAdapter teams =
          new TeamsAdapter(teamsSettings, assistant.turns(), userIds, config.dataDir(), observer);
      app = listening.join();
      app.serve(assistant, userIds, teams);
    } catch (RuntimeException e) {
      listening.thenAccept(Application::close);
      if (db != null) {
        db.close();
      }
      throw e instanceof CompletionException && e.getCause() instanceof RuntimeException r ? r : e;
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
        "SOC Guide is ready on http://localhost:{}/ (started in {} ms; data in {})",
        app.port(),
        (System.nanoTime() - started) / 1_000_000,
        config.dataDir());
    stopped.await();
    return ExitCodes.OK;
  }
}
