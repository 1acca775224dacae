package uk.socguide.app.wiring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.adapters.telegram.TelegramAdapter;
import uk.socguide.app.server.HealthCheck;

/**
 * The Telegram adapter as the application runs it: started once the server listens (Telegram may
 * post to the webhook as soon as it is registered), and shown in {@code /health} without deciding
 * readiness, since the other channels answer whether or not Telegram can be reached.
 */
final class TelegramChannel implements HealthCheck {
  private static final Logger LOG = LoggerFactory.getLogger(TelegramChannel.class);

  private final TelegramAdapter adapter;
  private volatile CompletableFuture<Void> registered;
  private volatile boolean closing;

  TelegramChannel(TelegramAdapter adapter) {
    this.adapter = adapter;
  }

  /**
   * Counts in {@code registry} the updates turned away because a chat sent more than could wait
   * (each such chat is told once to wait and ask again), as {@code
   * socguide_telegram_updates_dropped_total}.
   */
  void countDropsIn(MeterRegistry registry) {
    FunctionCounter.builder(
            "socguide.telegram.updates.dropped", adapter, TelegramAdapter::droppedUpdates)
        .description("Telegram updates turned away because their chat's backlog was full")
        .register(registry);
  }

  /** Returns at once; registering with Telegram goes on in the background. */
  void start() {
    CompletableFuture<Void> started = adapter.start();
    registered = started;
    started.whenComplete(
        (ok, error) -> {
          if (error != null && !closing) {
            // the adapter has logged the reason; this says what it means for the service
            LOG.error(
                "Telegram is off until SOC Guide restarts (the reason is logged above); the"
                    + " browser chat and Teams carry on");
          }
        });
  }

  @Override
  public String name() {
    return "telegram";
  }

  @Override
  public Result check() {
    String mode = adapter.mode().name().toLowerCase(Locale.ROOT);
    if (adapter.isRunning()) {
      return Result.up("registered, " + mode + " mode");
    }
    CompletableFuture<Void> r = registered;
    if (r == null) {
      return Result.down("not started");
    }
    if (r.isCompletedExceptionally()) {
      return Result.down("Telegram refused the bot; see the log");
    }
    return Result.down("registering with Telegram, " + mode + " mode (retried while unreachable)");
  }

  @Override
  public boolean neededForReadiness() {
    return false;
  }

  /** Stops taking updates and lets replies in progress finish; the engine must still be open. */
  void close() {
    closing = true;
    adapter.close();
  }
}
