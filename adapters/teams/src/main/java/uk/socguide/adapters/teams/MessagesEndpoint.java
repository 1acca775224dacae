package uk.socguide.adapters.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Serialization;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;

/**
 * {@code POST /api/messages}: in local mode first checks the peer (401 through a proxy, 403 from
 * another host), then reads the activity (400 malformed, 413 over 256 KB), authenticates it (401,
 * nothing else done), then runs the turn through the SDK's adapter. Messages, conversation updates
 * and installation updates answer 202 once the reply is queued; an invoke answers with its invoke
 * response, or 501 when it is not one this bot handles. Other activity types are acknowledged with
 * 202 and ignored.
 */
final class MessagesEndpoint implements HttpEndpoint {
  private static final Logger LOG = LoggerFactory.getLogger(MessagesEndpoint.class);
  private static final Set<String> HANDLED =
      Set.of(
          ActivityTypes.MESSAGE,
          ActivityTypes.CONVERSATION_UPDATE,
          ActivityTypes.INSTALLATION_UPDATE,
          ActivityTypes.INVOKE);
  private static final long TURN_TIMEOUT_SECONDS = 30;

  private final boolean authenticated;
  private final ActivityReader reader = new ActivityReader();
  private final RequestAuthenticator authenticator;
  private final ServiceUrlTrust trust;
  private final ConversationReferences references;
  private final ConnectorAdapter adapter;
  private final SocGuideBot bot;

  MessagesEndpoint(
      TeamsSettings settings,
      ServiceUrlTrust trust,
      ConversationReferences references,
      ConnectorAdapter adapter,
      SocGuideBot bot) {
    this.authenticated = settings.authenticated();
    this.authenticator = new RequestAuthenticator(settings);
    this.trust = trust;
    this.references = references;
    this.adapter = adapter;
    this.bot = bot;
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    if (!"POST".equalsIgnoreCase(request.method())) {
      return new HttpResponse(405, null, Map.of("Allow", "POST"), new byte[0]);
    }
    try {
      authenticator.admitPeer(request);
    } catch (Refusal refusal) {
      return error(refusal.status(), refusal.getMessage());
    }
    ParsedRequest parsed = reader.read(request.body());
    if (!parsed.isOk()) {
      return error(parsed.status(), parsed.problem());
    }
    Activity activity = parsed.activity();
    ClaimsIdentity identity;
    try {
      identity = authenticator.authenticate(activity, request.header("authorization").orElse(null));
    } catch (Refusal refusal) {
      return error(refusal.status(), refusal.getMessage());
    }
    if (authenticated) {
      trust.vouchedFor(activity.getServiceUrl());
      references.recordAuthenticated(activity);
    }
    if (!HANDLED.contains(activity.getType())) {
      return HttpResponse.empty(202);
    }
    // The SDK copies an activity's locale into the JVM-wide default Locale; keep it out.
    activity.setLocale(null);
    try {
      InvokeResponse response =
          adapter
              .processActivity(identity, activity, bot::onTurn)
              .get(TURN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (response == null) {
        return HttpResponse.empty(202);
      }
      if (response.getBody() == null) {
        return HttpResponse.empty(response.getStatus());
      }
      return new HttpResponse(
          response.getStatus(),
          "application/json",
          Map.of(),
          Serialization.toStringSilent(response.getBody()).getBytes(StandardCharsets.UTF_8));
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IllegalArgumentException) {
        return error(400, "the activity's serviceUrl is not usable");
      }
      LOG.error(
          "Teams turn failed in conversation {}: {}",
          activity.getConversation().getId(),
          e.getCause() == null ? "unknown" : e.getCause().getClass().getName());
      return error(500, "the turn failed");
    } catch (TimeoutException e) {
      LOG.error("Teams turn timed out in conversation {}", activity.getConversation().getId());
      return error(503, "the turn took too long");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return error(503, "shutting down");
    }
  }

  private static HttpResponse error(int status, String problem) {
    return HttpResponse.json(
        status, JsonNodeFactory.instance.objectNode().put("error", problem).toString());
  }
}
