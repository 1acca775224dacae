package uk.socguide.adapters.telegram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Introduces the bot to Telegram at start-up, on a thread of its own so the app does not wait:
 * learns its username (getMe), registers its commands (setMyCommands), then registers the webhook
 * with its secret or starts polling. While Telegram cannot be reached it tries again, waiting
 * longer each time; when Telegram refuses (a revoked token, a bad webhook address) it gives up and
 * says why.
 */
final class Registration {

  static final List<BotCommand> COMMANDS =
      List.of(
          new BotCommand("start", "Welcome, and what I can help with"),
          new BotCommand("help", "What you can ask me"),
          new BotCommand("report", "Where to report a concern, by situation"),
          new BotCommand("nca", "About the National Crime Agency"),
          new BotCommand("role", "Answers for councillors or frontline staff"));

  private static final Logger log = LoggerFactory.getLogger(Registration.class);
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

  private final TelegramSettings settings;
  private final TelegramClient client;
  private final BotIdentity identity;
  private final LongPolling polling;
  private final CompletableFuture<Void> done = new CompletableFuture<>();
  private final ScheduledThreadPoolExecutor thread =
      new ScheduledThreadPoolExecutor(1, new NamedThreads("telegram-start"));

  /**
   * @param polling what to start once registered, or {@code null} in webhook mode
   */
  Registration(
      TelegramSettings settings, TelegramClient client, BotIdentity identity, LongPolling polling) {
    this.settings = settings;
    this.client = client;
    this.identity = identity;
    this.polling = polling;
    thread.setRemoveOnCancelPolicy(true);
  }

  /** Starts registering; the future completes once registered, or fails if Telegram refuses. */
  CompletableFuture<Void> begin(Duration firstWait) {
    thread.execute(() -> attempt(firstWait));
    return done;
  }

  CompletableFuture<Void> done() {
    return done;
  }

  /** Stops trying; waits briefly for an attempt in progress. */
  void stop() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    done.completeExceptionally(new IllegalStateException("the Telegram adapter was closed"));
  }

  private void attempt(Duration wait) {
    try {
      User me = client.execute(new GetMe());
      identity.username(me.getUserName());
      client.execute(SetMyCommands.builder().commands(COMMANDS).build());
      if (polling == null) {
        client.execute(
            SetWebhook.builder()
                .url(settings.webhookUrl().toString())
                .secretToken(settings.webhookSecret())
                .allowedUpdates(LongPolling.UPDATES)
                .build());
      } else {
        polling.start();
      }
      log.info("Telegram adapter running in {} mode as @{}", settings.mode(), me.getUserName());
      done.complete(null);
    } catch (TelegramApiRequestException e) {
      int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
      if (code >= 400 && code < 500 && code != 429) {
        refused(code, e.getApiResponse());
      } else {
        later(wait, code == 0 ? "no answer" : "error " + code);
      }
    } catch (TelegramApiException e) {
      if (e.getCause() instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
        return;
      }
      later(wait, e.getCause() == null ? "failure" : e.getCause().getClass().getSimpleName());
    } catch (RuntimeException e) {
      log.error("Telegram adapter failed to start: {}", e.getClass().getName());
      done.completeExceptionally(e);
    }
  }

  private void refused(int code, String description) {
    String hint =
        code == 401 || code == 404
            ? "check " + TelegramSettings.TOKEN
            : "check the TELEGRAM_* settings";
    String message =
        "Telegram refused to register the bot (error "
            + code
            + (description == null ? "" : ": " + description)
            + "); "
            + hint;
    log.error(message);
    done.completeExceptionally(new IllegalStateException(message));
  }

  private void later(Duration wait, String problem) {
    if (thread.isShutdown()) {
      return;
    }
    log.warn("Telegram not reachable ({}); trying again in {} ms", problem, wait.toMillis());
    Duration next = wait.multipliedBy(2);
    Duration capped = next.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : next;
    try {
      thread.schedule(() -> attempt(capped), wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // closed meanwhile
    }
  }
}
