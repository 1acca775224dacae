package uk.socguide.app.commands;

import io.javalin.Javalin;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.app.admin.WorkspaceAssembly;
import uk.socguide.app.cli.Command;
import uk.socguide.app.cli.ExitCodes;
import uk.socguide.app.cli.Invocation;
import uk.socguide.app.cli.UsageException;
import uk.socguide.app.config.AppConfig;
import uk.socguide.app.wiring.Application;
import uk.socguide.app.wiring.Assembly;
import uk.socguide.app.wiring.Assistant;
import uk.socguide.app.wiring.NotInThisBuild;
import uk.socguide.core.UserIds;

/** {@code ./bot serve}: the HTTP server with every channel, until SIGTERM or Ctrl-C. */
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
    Application app;
    try {
      Assistant assistant = Assembly.assistant(config, prepared.userIdKey());
      Consumer<Javalin> editors =
          WorkspaceAssembly.forServer(invocation.settings(), config, assistant.live())
              .<Consumer<Javalin>>map(w -> w::install)
              .orElse(null);
      app =
          Application.start(
              config.host(), config.port(), assistant, new UserIds(prepared.userIdKey()), editors);
    } catch (NotInThisBuild e) {
      LOG.warn("Serving without the assistant: {}", e.getMessage());
      app = Application.startWithout(config.host(), config.port(), e.getMessage());
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
