package uk.socguide.adapters.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.UserIds;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.dialogue.TurnObserver;

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

  private static final Logger log = LoggerFactory.getLogger(TelegramAdapter.class);

  private final TelegramSettings settings;
  private final Tuning tuning;
  private final TelegramHttp http;
  private final Sender sender;
  private final ChatLanes lanes;
  private final FloodGate gate;
  private final UpdateIntake intake;
  private final LongPolling polling;
  private final WebhookEndpoint webhook;
  private final Registration registration;
  private boolean started;
  private boolean closed;

  /**
   * Builds the adapter when {@code TELEGRAM_BOT_TOKEN} is set, or logs that Telegram is off.
   *
   * @param settings the app's settings source: a setting's value by name, {@code null} if unset
   * @throws TelegramSettings.BadSetting naming the first bad TELEGRAM_* setting
   */
  public static Optional<TelegramAdapter> create(
      Function<String, String> settings,
      TurnHandler turns,
      UserIds userIds,
      TurnObserver observer) {
    Optional<TelegramSettings> parsed = TelegramSettings.from(settings);
    if (parsed.isEmpty()) {
      log.info("Telegram adapter off: {} is not set", TelegramSettings.TOKEN);
      return Optional.empty();
    }
    return Optional.of(new TelegramAdapter(parsed.get(), turns, userIds, observer));
  }

  /**
   * @param turns the dialogue engine
   * @param userIds the app's keyed hash; Telegram user and chat ids are hashed with it before
   *     anything reaches the engine
   * @param observer told when a reply could not be delivered after retries (channel "telegram")
   */
  public TelegramAdapter(
      TelegramSettings settings, TurnHandler turns, UserIds userIds, TurnObserver observer) {
    this(settings, turns, userIds, observer, Tuning.DEFAULT);
  }

  TelegramAdapter(
      TelegramSettings settings,
      TurnHandler turns,
      UserIds userIds,
      TurnObserver observer,
      Tuning tuning) {
    this.settings = settings;
    this.tuning = tuning;
    this.http = new TelegramHttp();
    TelegramUrl url = telegramUrl(settings);
    OkHttpTelegramClient client = new OkHttpTelegramClient(http.client(), settings.botToken(), url);
    BotIdentity identity = new BotIdentity(settings.botId());
    this.sender = new Sender(client, new RateLimiter(tuning.limits()), tuning.limits(), observer);
    CallbackStore callbacks =
        new CallbackStore(tuning.buttons(), tuning.buttonLife(), tuning.clock());
    Conversation conversation =
        new Conversation(
            turns,
            userIds,
            new HtmlRenderer(new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT)),
            new Keyboards(callbacks),
            sender);
    this.lanes = new ChatLanes("telegram-chat", tuning.lanes(), tuning.laneQueue());
    this.gate =
        new FloodGate(
            new ChatBacklog(tuning.perChatBacklog(), tuning.perGroupBacklog()),
            new ChatLanes("telegram-notice", 1, tuning.noticeQueue()),
            conversation,
            userIds);
    this.intake =
        new UpdateIntake(
            new RecentUpdates(tuning.recentUpdates()),
            new UpdateReader(identity, settings::allows, callbacks),
            sender,
            lanes,
            gate,
            conversation);
    boolean webhookMode = settings.mode() == TelegramSettings.Mode.WEBHOOK;
    this.webhook = webhookMode ? new WebhookEndpoint(settings.webhookSecret(), intake) : null;
    this.polling = webhookMode ? null : new LongPolling(settings.botToken(), url, http, intake);
    this.registration = new Registration(settings, client, identity, polling);
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
    if (!started) {
      started = true;
      intake.open();
      registration
          .begin(tuning.firstRetry())
          .whenComplete(
              (ok, error) -> {
                if (error != null) {
                  intake.close();
                }
              });
    }
    return registration.done();
  }

  /** Whether the bot is registered with Telegram and taking updates. */
  public boolean isRunning() {
    CompletableFuture<Void> done = registration.done();
    return done.isDone() && !done.isCompletedExceptionally() && intake.isOpen();
  }

  /**
   * How many updates were dropped since the adapter was built because their chat already had too
   * many waiting (10 in a private chat, 30 in a group); each such chat was told once to wait and
   * ask again. For a metrics gauge or counter.
   */
  public long droppedUpdates() {
    return gate.dropped();
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
    // a registration in progress may be inside deleteWebhook, which no interrupt reaches
    http.cancelPolling();
    registration.stop();
    if (polling != null) {
      polling.close();
    }
    sender.closing();
    try {
      if (!lanes.close(tuning.shutdownGrace())) {
        log.info("Telegram replies still in progress at shutdown were stopped");
      }
      // a notice not yet sent is about messages that will not be answered now either
      gate.close(Duration.ZERO);
      http.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    log.info("Telegram adapter stopped");
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
