package uk.socguide.adapters.telegram;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import uk.socguide.core.dialogue.TurnObserver;

/**
 * Sends to the Bot API within the rate limits. A 429 waits as long as Telegram asks and tries
 * again; a network failure or a server error backs off and tries again, so a reply is not lost to a
 * short outage; a 4xx other than 429 is Telegram refusing the message for good (the user blocked
 * the bot, say) and is not retried. Logs carry error codes only, never text or ids.
 */
final class Sender {

  private static final Logger log = LoggerFactory.getLogger(Sender.class);
  private static final int MAX_THROTTLED = 10;

  private final TelegramClient client;
  private final RateLimiter limiter;
  private final SendLimits limits;
  private final TurnObserver observer;
  private volatile boolean closing;

  Sender(TelegramClient client, RateLimiter limiter, SendLimits limits, TurnObserver observer) {
    this.client = client;
    this.limiter = limiter;
    this.limits = limits;
    this.observer = observer;
  }

  /**
   * Sends one message, waiting for its turn and retrying as above.
   *
   * @return whether Telegram accepted it
   */
  boolean send(SendMessage message, long chatId, boolean group) throws InterruptedException {
    long backoff = limits.firstBackoff().toMillis();
    int failed = 0;
    int throttled = 0;
    while (true) {
      limiter.acquire(chatId, group);
      String problem;
      try {
        client.execute(message);
        return true;
      } catch (TelegramApiRequestException e) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        if (code == 429) {
          int seconds = retryAfter(e);
          if (++throttled > MAX_THROTTLED || closing) {
            log.warn("Telegram kept asking the bot to slow down; giving up on a message");
            return gaveUp();
          }
          log.warn("Telegram asked the bot to slow down; sending again in {} s", seconds);
          TimeUnit.SECONDS.sleep(seconds);
          continue;
        }
        if (code >= 400 && code < 500) {
          log.warn("Telegram refused a message with error {}", code);
          return gaveUp();
        }
        problem = code == 0 ? "unreadable answer" : "error " + code;
      } catch (TelegramApiException e) {
        if (e.getCause() instanceof InterruptedException || Thread.interrupted()) {
          throw new InterruptedException("interrupted while sending");
        }
        if (e instanceof TelegramApiValidationException
            || e.getCause() instanceof TelegramApiValidationException) {
          // the library refused to send it at all: trying again would change nothing
          log.warn("A message failed the library's checks and was not sent");
          return gaveUp();
        }
        problem = e.getCause() == null ? "failure" : e.getCause().getClass().getSimpleName();
      }
      if (++failed >= limits.attempts() || closing) {
        log.warn("Sending to Telegram failed {} times ({}); giving up", failed, problem);
        return gaveUp();
      }
      log.warn(
          "Sending to Telegram failed ({}), attempt {} of {}; retrying in {} ms",
          problem,
          failed,
          limits.attempts(),
          backoff);
      TimeUnit.MILLISECONDS.sleep(backoff);
      backoff = Math.min(backoff * 2, limits.maxBackoff().toMillis());
    }
  }

  /** Shows "typing..." in the chat; the future completes when Telegram has it, or fails. */
  CompletableFuture<Boolean> typing(long chatId, Integer threadId) {
    try {
      return client.executeAsync(
          SendChatAction.builder()
              .chatId(chatId)
              .messageThreadId(threadId)
              .action(ActionType.TYPING.toString())
              .build());
    } catch (TelegramApiException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Stops the spinner on a pressed button at once; a failure is only logged. */
  void answerCallback(String queryId, String text) {
    try {
      client
          .executeAsync(AnswerCallbackQuery.builder().callbackQueryId(queryId).text(text).build())
          .whenComplete(
              (ok, error) -> {
                if (error != null) {
                  log.debug("answerCallbackQuery failed: {}", error.getClass().getSimpleName());
                }
              });
    } catch (TelegramApiException e) {
      log.debug("answerCallbackQuery not sent: {}", e.getClass().getSimpleName());
    }
  }

  /** From now on a failed send is given up at once instead of retried. */
  void closing() {
    closing = true;
  }

  private static int retryAfter(TelegramApiRequestException e) {
    Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
    // Telegram always says; if not, a second is a polite guess, and an hour is the most we wait
    return after == null || after < 1 ? 1 : Math.min(after, 3600);
  }

  private boolean gaveUp() {
    observer.deliveryFailed(Conversation.CHANNEL);
    return false;
  }
}
