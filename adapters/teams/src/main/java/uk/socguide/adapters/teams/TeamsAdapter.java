package uk.socguide.adapters.teams;

import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.core.Reply;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.UserIds;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.dialogue.TurnObserver;

/**
 * SOC Guide in Microsoft Teams, on the Bot Framework SDK for Java. The app binds {@link
 * #messagesEndpoint()} to {@code POST} {@value #MESSAGES_PATH} on its server, may call {@link
 * #sendProactive} for later notices, and closes the adapter on shutdown (queued replies get a few
 * seconds to go out).
 *
 * <p>With {@code MicrosoftAppId} set every request is authenticated and replies carry a token from
 * the configured authority; without it the adapter runs unauthenticated for local testing, serving
 * only requests made directly from loopback (none that passed through a proxy) unless {@code
 * TeamsAllowUnauthenticatedRemote=true}.
 */
public final class TeamsAdapter implements AutoCloseable {
  /**
   * Where the Azure Bot resource's messaging endpoint points: {@code https://HOST/api/messages}.
   */
  public static final String MESSAGES_PATH = "/api/messages";

  private static final Logger LOG = LoggerFactory.getLogger(TeamsAdapter.class);
  private static final Duration DRAIN_ON_CLOSE = Duration.ofSeconds(5);

  private final TeamsSettings settings;
  private final ServiceUrlTrust trust;
  private final ConversationReferences references;
  private final ConnectorAdapter connector;
  private final ReplyDelivery delivery;
  private final SocGuideBot bot;
  private final MessagesEndpoint endpoint;

  /**
   * @param engine the dialogue engine
   * @param userIds hashes Teams user and conversation ids before anything reaches the engine
   * @param dataDirectory the app's data folder; conversation references go in {@code teams/}
   * @param observer told of replies that could not be delivered after retries (the engine reports
   *     the turns themselves)
   */
  public TeamsAdapter(
      TeamsSettings settings,
      TurnHandler engine,
      UserIds userIds,
      Path dataDirectory,
      TurnObserver observer) {
    this(
        settings,
        engine,
        userIds,
        new FileConversationReferenceStore(dataDirectory.resolve("teams")),
        observer,
        Options.DEFAULT);
  }

  /** As above, with another place to keep conversation references. */
  public TeamsAdapter(
      TeamsSettings settings,
      TurnHandler engine,
      UserIds userIds,
      ConversationReferenceStore store,
      TurnObserver observer) {
    this(settings, engine, userIds, store, observer, Options.DEFAULT);
  }

  TeamsAdapter(
      TeamsSettings settings,
      TurnHandler engine,
      UserIds userIds,
      ConversationReferenceStore store,
      TurnObserver observer,
      Options options) {
    this.settings = settings;
    TeamsUsers users = new TeamsUsers(userIds);
    this.trust = new ServiceUrlTrust(settings.authenticated());
    this.references = new ConversationReferences(store, users, options.clock());
    // References were only ever stored from authenticated activities.
    store.all().forEach(ref -> trust.vouchedFor(ref.serviceUrl()));
    this.connector =
        settings.authenticated()
            ? new ConnectorAdapter(
                new TenantAppCredentials(
                    settings.appId(),
                    settings.appPassword(),
                    settings.loginUrl(),
                    options.authorityTls()))
            : new ConnectorAdapter();
    this.delivery =
        new ReplyDelivery(
            options.retry(), trust, reporting(observer, options.listener()), options.clock());
    this.bot =
        new SocGuideBot(
            engine, users, new ReplyRenderer(), delivery, new Welcomes(options.clock()));
    this.endpoint = new MessagesEndpoint(settings, trust, references, connector, bot);
    announce(settings);
  }

  /** The handler for {@code POST} {@value #MESSAGES_PATH}. */
  public HttpEndpoint messagesEndpoint() {
    return endpoint;
  }

  /** Keys of the conversations a proactive message can be sent to. */
  public List<String> conversationKeys() {
    return references.all().stream().map(ConversationRef::key).sorted().toList();
  }

  /**
   * Sends a reply into a stored conversation without a user message, such as a notice that an
   * answer changed. Channel conversations get a new post; personal chats a new message.
   *
   * @return completes with {@code true} once every message was delivered, {@code false} when the
   *     key is unknown, the service URL is not trusted or delivery failed after retries
   */
  public CompletableFuture<Boolean> sendProactive(String conversationKey, Reply reply) {
    Optional<ConversationRef> found = references.store().find(conversationKey);
    if (found.isEmpty() || !trust.mayReceiveReplies(found.get().serviceUrl())) {
      return CompletableFuture.completedFuture(false);
    }
    ConversationRef ref = found.get();
    ConversationReference address = new ConversationReference();
    address.setServiceUrl(ref.serviceUrl());
    address.setChannelId(ref.channelId());
    ConversationAccount conversation = new ConversationAccount(ref.conversationId());
    conversation.setConversationType(ref.conversationType());
    conversation.setTenantId(ref.tenantId());
    address.setConversation(conversation);
    address.setBot(new ChannelAccount(ref.botId()));
    TeamsScope scope = TeamsScope.of(ref.conversationType(), false);

    AtomicReference<CompletableFuture<Boolean>> sent = new AtomicReference<>();
    return connector
        .continueConversation(
            settings.appId(),
            address,
            turn -> {
              ConnectorClient client =
                  turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
              sent.set(
                  delivery.send(
                      new Outgoing(
                          client,
                          ref.serviceUrl(),
                          ref.conversationId(),
                          null,
                          false,
                          bot.render(reply, scope, ref.key()))));
              return CompletableFuture.completedFuture(null);
            })
        .thenCompose(
            v -> sent.get() == null ? CompletableFuture.completedFuture(false) : sent.get())
        .exceptionally(
            e -> {
              LOG.warn(
                  "Proactive message to conversation {} not sent: {}",
                  ref.conversationId(),
                  e.getClass().getSimpleName());
              return false;
            });
  }

  /** Messages queued or in flight; for tests and benchmarks. */
  int pendingDeliveries() {
    return delivery.pending();
  }

  /** Gives queued replies a few seconds, then stops the delivery threads. */
  @Override
  public void close() {
    delivery.drain(DRAIN_ON_CLOSE);
    delivery.close();
    connector.close();
  }

  private static DeliveryListener reporting(TurnObserver observer, DeliveryListener also) {
    return new DeliveryListener() {
      @Override
      public void delivered(int attempts) {
        also.delivered(attempts);
      }

      @Override
      public void failed(String reason) {
        observer.deliveryFailed(TeamsUsers.CHANNEL);
        also.failed(reason);
      }
    };
  }

  private static void announce(TeamsSettings settings) {
    if (settings.authenticated()) {
      LOG.info(
          "Teams adapter: {} app {}, tokens from {}",
          settings.appType().settingValue(),
          settings.appId(),
          settings.loginUrl());
    } else if (settings.allowUnauthenticatedRemote()) {
      LOG.warn(
          "TEAMS ADAPTER IS UNAUTHENTICATED AND OPEN TO ANY HOST: MicrosoftAppId is empty and"
              + " TeamsAllowUnauthenticatedRemote=true. Anyone who can reach {} can talk to the"
              + " bot and make it post to any URL. Use this only on an isolated test network.",
          MESSAGES_PATH);
    } else {
      LOG.warn(
          "TEAMS ADAPTER IS UNAUTHENTICATED (MicrosoftAppId is empty): for local testing with the"
              + " Bot Framework Emulator only; {} accepts requests made directly from this machine."
              + " NEVER expose it through a reverse proxy, load balancer or tunnel: behind one"
              + " every request looks local. Requests carrying proxy headers (Forwarded,"
              + " X-Forwarded-For, X-Real-IP, ...) are refused, but a proxy that adds none cannot"
              + " be detected. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId"
              + " to connect to Teams.",
          MESSAGES_PATH);
    }
  }

  /** Seams for tests and benchmarks; {@code listener} is told of deliveries as well. */
  record Options(
      SSLSocketFactory authorityTls, RetryPolicy retry, DeliveryListener listener, Clock clock) {
    static final Options DEFAULT =
        new Options(null, RetryPolicy.DEFAULT, DeliveryListener.NONE, Clock.systemUTC());
  }
}
