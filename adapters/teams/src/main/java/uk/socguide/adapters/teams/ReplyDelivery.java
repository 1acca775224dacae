package uk.socguide.adapters.teams;

import com.microsoft.bot.connector.Conversations;
import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ResourceResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends messages to the Bot Connector without holding up the request that caused them: messages for
 * one conversation go out one after another in the order given, each retried under a {@link
 * RetryPolicy} (waits are scheduled, no thread sleeps). A message that still fails is logged with
 * its conversation id only and reported to the {@link DeliveryListener}; the rest of the
 * conversation's queue carries on.
 */
final class ReplyDelivery implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReplyDelivery.class);

  /** Beyond this many conversations waiting, new messages fail at once instead of queuing. */
  static final int MAX_PENDING = 10_000;

  private final RetryPolicy policy;
  private final ServiceUrlTrust trust;
  private final DeliveryListener listener;
  private final Clock clock;
  private final ScheduledExecutorService timer;
  private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
  private final AtomicInteger pending = new AtomicInteger();

  ReplyDelivery(RetryPolicy policy, ServiceUrlTrust trust, DeliveryListener listener, Clock clock) {
    this.policy = policy;
    this.trust = trust;
    this.listener = listener;
    this.clock = clock;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "teams-delivery-retry");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Queues the messages behind any still being sent to the same conversation.
   *
   * @return completes with whether every message was delivered, once each was delivered or given up
   *     on; never exceptionally
   */
  CompletableFuture<Boolean> send(Outgoing outgoing) {
    if (!trust.mayReceiveReplies(outgoing.serviceUrl())) {
      LOG.warn(
          "Not replying to conversation {}: its service URL was never seen on an authenticated"
              + " activity",
          outgoing.conversationId());
      outgoing.messages().forEach(m -> listener.failed("untrusted service URL"));
      return CompletableFuture.completedFuture(false);
    }
    if (pending.get() >= MAX_PENDING) {
      LOG.warn(
          "Teams delivery queue full; dropping reply to conversation {}",
          outgoing.conversationId());
      outgoing.messages().forEach(m -> listener.failed("queue full"));
      return CompletableFuture.completedFuture(false);
    }
    pending.incrementAndGet();
    String key = outgoing.conversationId();
    CompletableFuture<Void> mine = new CompletableFuture<>();
    CompletableFuture<Boolean> result = new CompletableFuture<>();
    CompletableFuture<Void> previous = tails.put(key, mine);
    CompletableFuture<Void> start =
        previous == null ? CompletableFuture.completedFuture(null) : previous;
    start
        .thenCompose(ignored -> deliverAll(outgoing))
        .whenComplete(
            (allDelivered, error) -> {
              if (error != null) {
                LOG.warn(
                    "Teams delivery to conversation {} stopped: {}",
                    outgoing.conversationId(),
                    error.getClass().getSimpleName());
              }
              tails.remove(key, mine);
              pending.decrementAndGet();
              mine.complete(null);
              result.complete(error == null && allDelivered);
            });
    return result;
  }

  private CompletableFuture<Boolean> deliverAll(Outgoing outgoing) {
    CompletableFuture<Boolean> chain = CompletableFuture.completedFuture(true);
    if (outgoing.typing()) {
      Activity typing = new Activity(ActivityTypes.TYPING);
      typing.setTimestamp(null);
      chain = chain.thenCompose(ok -> attempt(outgoing, typing, 1, false).thenApply(t -> ok));
    }
    for (Activity message : outgoing.messages()) {
      chain = chain.thenCompose(ok -> attempt(outgoing, message, 1, true).thenApply(d -> ok && d));
    }
    return chain;
  }

  private CompletableFuture<Boolean> attempt(
      Outgoing outgoing, Activity activity, int attempt, boolean essential) {
    CompletableFuture<ResourceResponse> call;
    try {
      call = post(outgoing, activity);
    } catch (RuntimeException e) {
      call = CompletableFuture.failedFuture(e);
    }
    return call.handle((response, error) -> error)
        .thenCompose(
            error -> {
              if (error == null) {
                if (essential) {
                  listener.delivered(attempt);
                }
                return CompletableFuture.completedFuture(true);
              }
              Failure failure = Failure.of(error);
              Optional<Duration> wait =
                  essential && failure.retryable()
                      ? policy.nextWait(attempt, failure.retryAfter(), clock.instant())
                      : Optional.empty();
              if (wait.isEmpty()) {
                if (essential) {
                  LOG.warn(
                      "Teams reply to conversation {} failed after {} attempt(s): {}",
                      outgoing.conversationId(),
                      attempt,
                      failure.reason());
                  listener.failed(failure.reason());
                } else {
                  LOG.debug(
                      "Typing indicator for conversation {} not sent: {}",
                      outgoing.conversationId(),
                      failure.reason());
                }
                return CompletableFuture.completedFuture(false);
              }
              return later(wait.get())
                  .thenCompose(v -> attempt(outgoing, activity, attempt + 1, essential));
            });
  }

  private static CompletableFuture<ResourceResponse> post(Outgoing outgoing, Activity activity) {
    activity.setServiceUrl(outgoing.serviceUrl());
    Conversations conversations = outgoing.client().getConversations();
    if (outgoing.replyToId() != null) {
      activity.setReplyToId(outgoing.replyToId());
      return conversations.replyToActivity(
          outgoing.conversationId(), outgoing.replyToId(), activity);
    }
    return conversations.sendToConversation(outgoing.conversationId(), activity);
  }

  private CompletableFuture<Void> later(Duration wait) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      timer.schedule(() -> done.complete(null), wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
      done.completeExceptionally(shuttingDown);
    }
    return done;
  }

  /** Messages queued or in flight, across all conversations. */
  int pending() {
    return pending.get();
  }

  /** Waits up to {@code timeout} for queued messages, then stops retrying. */
  void drain(Duration timeout) {
    CompletableFuture<?>[] all = tails.values().toArray(new CompletableFuture<?>[0]);
    try {
      CompletableFuture.allOf(all).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn(
          "Teams delivery: {} conversation(s) still had messages queued at shutdown", tails.size());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** What went wrong with one call, in terms safe to log. */
  private record Failure(boolean retryable, String retryAfter, String reason) {
    static Failure of(Throwable error) {
      Throwable e = error;
      while ((e instanceof CompletionException || e instanceof ExecutionException)
          && e.getCause() != null) {
        e = e.getCause();
      }
      if (e instanceof ErrorResponseException response && response.response() != null) {
        int status = response.response().code();
        return new Failure(
            RetryPolicy.isRetryableStatus(status),
            response.response().headers().get("Retry-After"),
            "HTTP " + status);
      }
      if (e instanceof IOException || e.getCause() instanceof IOException) {
        return new Failure(true, null, e.getClass().getSimpleName());
      }
      return new Failure(false, null, e.getClass().getSimpleName());
    }
  }
}
