package uk.socguide.adapters.telegram;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.UserIds;
import uk.socguide.core.channel.HttpEndpoint;

/**
 * SOC Guide in Telegram. Frontline staff message the bot; each message becomes one turn of the
 * dialogue engine and the reply comes back as Telegram HTML with buttons.
 *
 * <p>Lifecycle: construct, bind {@link #webhook()} (webhook mode only) to {@code POST} {@link
 * #WEBHOOK_PATH} on the app's server, call {@link #start()}, and {@link #close()} at shutdown.
 * {@code start()} returns at once; registering with Telegram (and, in polling mode, polling) goes
 * on in the background and is retried while Telegram cannot be reached. {@code close()} stops
 * polling, lets replies in progress finish for a few seconds, then stops every thread the adapter
 * started.
 */
public final class TelegramAdapter implements AutoCloseable {

  /** The route the app binds {@link #webhook()} to; TELEGRAM_WEBHOOK_URL should end with it. */
  public static final String WEBHOOK_PATH = "/telegram/webhook";

  static final List<BotCommand> COMMANDS =
      List.of(
          new BotCommand("start", "Welcome, and what I can help with"),
          new BotCommand("help", "What you can ask me"),
          new BotCommand("report", "Where to report a concern, by situation"),
          new BotCommand("nca", "About the National Crime Agency"),
          new BotCommand("role", "Answers for councillors or frontline staff"));

  private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);
  private static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

  private final TelegramSettings settings;
  private final Tuning tuning;
  private final TelegramHttp http;
  private final TelegramClient client;
  private final BotIdentity identity;
  private final Sender sender;
  private final ChatLanes lanes;
  private final UpdateIntake intake;
  private final LongPolling polling;
  private final WebhookEndpoint webhook;
  private final CompletableFuture<Void> started = new CompletableFuture<>();
  private ScheduledExecutorService startup;
  private boolean closed;

  /**
   * Builds the adapter when {@code TELEGRAM_BOT_TOKEN} is set, or logs that Telegram is off.
   *
   * @param settings the app's settings source: a setting's value by name, {@code null} if unset
   * @throws IllegalArgumentException naming the first bad TELEGRAM_* setting
   */
  public static Optional<TelegramAdapter> create(
      Function<String, String> settings, TurnHandler turns, UserIds userIds) {
    Optional<TelegramSettings> parsed = TelegramSettings.from(settings);
    if (parsed.isEmpty()) {
      log.info("Telegram adapter off: {} is not set", TelegramSettings.TOKEN);
      return Optional.empty();
    }
    return Optional.of(new TelegramAdapter(parsed.get(), turns, userIds));
  }

  public TelegramAdapter(TelegramSettings settings, TurnHandler turns, UserIds userIds) {
    this(settings, turns, userIds, DeliveryListener.NONE, Tuning.DEFAULT);
  }

  TelegramAdapter(
      TelegramSettings settings,
      TurnHandler turns,
      UserIds userIds,
      DeliveryListener failures,
      Tuning tuning) {
    this.settings = settings;
    this.tuning = tuning;
    this.http = new TelegramHttp();
    TelegramUrl url = telegramUrl(settings);
    this.client = new OkHttpTelegramClient(http.client(), settings.botToken(), url);
    this.identity = new BotIdentity(settings.botId());
    this.sender = new Sender(client, new RateLimiter(tuning.limits()), tuning.limits(), failures);
    CallbackStore callbacks =
        new CallbackStore(tuning.buttons(), tuning.buttonLife(), tuning.clock());
    Keyboards keyboards = new Keyboards(callbacks);
    Conversation conversation =
        new Conversation(
            turns,
            userIds,
            new HtmlRenderer(new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT)),
            keyboards,
            sender);
    this.lanes = new ChatLanes(tuning.lanes(), tuning.laneQueue());
    this.intake =
        new UpdateIntake(
            new RecentUpdates(tuning.recentUpdates()),
            new UpdateReader(identity, settings::allows, callbacks),
            sender,
            lanes,
            conversation);
    if (settings.mode() == TelegramSettings.Mode.WEBHOOK) {
      this.webhook = new WebhookEndpoint(settings.webhookSecret(), intake);
      this.polling = null;
    } else {
      this.webhook = null;
      this.polling = new LongPolling(settings.botToken(), url, http, intake);
    }
  }

  /** The webhook route's handler in webhook mode; empty in polling mode. */
  public Optional<HttpEndpoint> webhook() {
    return Optional.ofNullable(webhook);
  }

  public TelegramSettings.Mode mode() {
    return settings.mode();
  }

  /**
   * Starts the adapter: updates are accepted from now on; registering the commands and the webhook
   * (or starting to poll) runs in the background, retried while Telegram cannot be reached.
   *
   * @return completes when the bot is registered with Telegram; fails when Telegram refuses it for
   *     good (a revoked token, say), which is also logged
   */
  public synchronized CompletableFuture<Void> start() {
    if (closed) {
      throw new IllegalStateException("the Telegram adapter is closed");
    }
    if (startup == null) {
      intake.open();
      ScheduledThreadPoolExecutor executor =
          new ScheduledThreadPoolExecutor(1, new NamedThreads("telegram-start"));
      executor.setRemoveOnCancelPolicy(true);
      startup = executor;
      startup.execute(() -> register(tuning.firstRetry()));
    }
    return started;
  }

  /** Whether the bot is registered with Telegram and taking updates. */
  public boolean isRunning() {
    return started.isDone() && !started.isCompletedExceptionally() && intake.isOpen();
  }

  private void register(Duration nextWait) {
    try {
      User me = client.execute(new GetMe());
      identity.username(me.getUserName());
      client.execute(SetMyCommands.builder().commands(COMMANDS).build());
      if (webhook != null) {
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
      started.complete(null);
    } catch (TelegramApiRequestException e) {
      int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
      if (code >= 400 && code < 500 && code != 429) {
        refused(code, e.getApiResponse());
      } else {
        retry(nextWait, code == 0 ? "no answer" : "error " + code);
      }
    } catch (TelegramApiException e) {
      retry(nextWait, e.getCause() == null ? "failure" : e.getCause().getClass().getSimpleName());
    } catch (RuntimeException e) {
      log.error("Telegram adapter failed to start: {}", e.getClass().getName());
      started.completeExceptionally(e);
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
    intake.close();
    started.completeExceptionally(new IllegalStateException(message));
  }

  private synchronized void retry(Duration wait, String problem) {
    if (closed) {
      return;
    }
    log.warn("Telegram not reachable ({}); trying again in {} ms", problem, wait.toMillis());
    Duration next =
        wait.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait.multipliedBy(2);
    startup.schedule(() -> register(next), wait.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Stops taking updates, stops polling, lets replies in progress finish, stops every thread. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    intake.close();
    if (startup != null) {
      startup.shutdownNow();
      // a registration in progress may be inside deleteWebhook, which no interrupt reaches
      http.cancelPolling();
      await(startup);
    }
    if (polling != null) {
      polling.close();
    }
    sender.closing();
    try {
      if (!lanes.close(tuning.shutdownGrace())) {
        log.info("Telegram replies still in progress at shutdown were stopped");
      }
      http.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    started.completeExceptionally(new IllegalStateException("closed"));
    log.info("Telegram adapter stopped");
  }

  private static void await(ScheduledExecutorService executor) {
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static TelegramUrl telegramUrl(TelegramSettings settings) {
    String scheme = settings.apiUrl().getScheme();
    int port = settings.apiUrl().getPort();
    if (port < 0) {
      port = "https".equals(scheme) ? 443 : 80;
    }
    return new TelegramUrl(scheme, settings.apiUrl().getHost(), port, false);
  }
}
