package uk.socguide.adapters.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.DefaultLongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Receives updates with getUpdates through the library's long-polling application. The adapter
 * hands it its own poll executor and HTTP client, because the library's {@code close()} neither
 * stops an executor it did not create nor interrupts a long poll in flight.
 */
final class LongPolling implements AutoCloseable {

  static final List<String> UPDATES = List.of("message", "edited_message", "callback_query");

  private static final Logger log = LoggerFactory.getLogger(LongPolling.class);

  private final String token;
  private final TelegramUrl url;
  private final TelegramHttp http;
  private final UpdateIntake intake;
  private TelegramBotsLongPollingApplication app;
  private ScheduledExecutorService executor;

  LongPolling(String token, TelegramUrl url, TelegramHttp http, UpdateIntake intake) {
    this.token = token;
    this.url = url;
    this.http = http;
    this.intake = intake;
  }

  /** Deletes any webhook (the library does so first) and starts polling. */
  synchronized void start() throws TelegramApiException {
    executor = Executors.newSingleThreadScheduledExecutor(new NamedThreads("telegram-poll"));
    app =
        new TelegramBotsLongPollingApplication(
            ObjectMapper::new, http::pollingClient, () -> executor);
    DefaultLongPollingUpdateConsumer consumer =
        new DefaultLongPollingUpdateConsumer() {
          @Override
          public void consume(Update update) {
            intake.acceptPatiently(update);
          }
        };
    try {
      app.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(UPDATES), consumer);
    } catch (TelegramApiException | RuntimeException e) {
      // a failed registration leaves the bot registered but not started: start afresh next time
      discard();
      throw e;
    }
  }

  /** Stops polling for good: the poll in flight is cancelled and the poll thread ends. */
  @Override
  public synchronized void close() {
    http.cancelPolling();
    discard();
  }

  private void discard() {
    if (app != null) {
      try {
        app.close();
      } catch (Exception e) {
        log.debug("closing long polling: {}", e.getClass().getSimpleName());
      }
      app = null;
    }
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      executor = null;
    }
  }
}
