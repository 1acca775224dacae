package uk.socguide.adapters.teams;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.schema.Activity;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.core.channel.HttpRequest;

/**
 * Decides whether a request may be processed. With an app id, the Bearer token is validated by the
 * SDK's channel validation (issuer, RS256 signature by key id from the OpenID metadata, expiry with
 * five minutes' skew, audience, endorsement of the activity's channel, serviceurl claim) and
 * anything short of that is refused with 401. Without an app id, requests are only taken directly
 * from loopback (unless explicitly allowed) and carry no identity: a request a proxy passed on is
 * refused, because behind a proxy on this machine every peer address is loopback.
 */
final class RequestAuthenticator {
  private static final Logger LOG = LoggerFactory.getLogger(RequestAuthenticator.class);
  private static final long VALIDATION_TIMEOUT_SECONDS = 15;

  /**
   * Headers reverse proxies, load balancers and tunnels add (lower case, as {@link HttpRequest}
   * keeps them). A proxy that adds none of them cannot be told apart from a local client.
   */
  static final List<String> PROXY_HEADERS =
      List.of(
          "forwarded",
          "x-forwarded-for",
          "x-forwarded-host",
          "x-forwarded-proto",
          "x-forwarded-port",
          "x-forwarded-server",
          "x-real-ip",
          "via");

  /** At most one warning a minute about proxied requests, so a flood cannot fill the log. */
  private static final long PROXY_WARNING_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final TeamsSettings settings;
  private final CredentialProvider credentials;
  private final AuthenticationConfiguration configuration = new AuthenticationConfiguration();
  private final AtomicLong lastProxyWarning =
      new AtomicLong(System.nanoTime() - PROXY_WARNING_INTERVAL_NANOS);

  RequestAuthenticator(TeamsSettings settings) {
    this.settings = settings;
    this.credentials = new SimpleCredentialProvider(settings.appId(), "");
    if (settings.authenticated()) {
      // The SDK reads the metadata URL from a JVM-wide setting; set it, default included.
      ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadata().toString());
    }
  }

  /**
   * Checks where the request came from, before its body is read. Only unauthenticated local mode
   * restricts this: the peer must be this machine, directly (no proxy headers), unless {@code
   * TeamsAllowUnauthenticatedRemote} is set.
   *
   * @throws Refusal with 401 for a request through a proxy, 403 for another host
   */
  void admitPeer(HttpRequest request) throws Refusal {
    if (settings.authenticated() || settings.allowUnauthenticatedRemote()) {
      return;
    }
    Optional<String> proxyHeader =
        PROXY_HEADERS.stream().filter(h -> request.header(h).isPresent()).findFirst();
    if (proxyHeader.isPresent()) {
      warnProxied(proxyHeader.get());
      throw new Refusal(
          401,
          "unauthenticated local mode does not take requests through a proxy; set "
              + TeamsSettings.APP_ID);
    }
    if (!Loopback.isLoopbackHost(request.remoteAddress())) {
      throw new Refusal(
          403, "unauthenticated mode serves only this machine; set MicrosoftAppId for Teams");
    }
  }

  /**
   * The caller's identity; call after {@link #admitPeer}.
   *
   * @throws Refusal with 401 (or 400 in local mode) when the request must not be processed
   */
  ClaimsIdentity authenticate(Activity activity, String authHeader) throws Refusal {
    return settings.authenticated() ? validateToken(activity, authHeader) : localOnly(activity);
  }

  private ClaimsIdentity validateToken(Activity activity, String authHeader) throws Refusal {
    if (activity.getServiceUrl() == null || activity.getServiceUrl().isBlank()) {
      throw new Refusal(401, "the activity names no service URL to check the token against");
    }
    if (authHeader == null || authHeader.isBlank()) {
      throw new Refusal(401, "authorization required");
    }
    String[] parts = authHeader.strip().split(" ");
    if (parts.length != 2 || !parts[0].equals("Bearer")) {
      throw new Refusal(401, "authorization must be a Bearer token");
    }
    // Only Bot Connector tokens are accepted: other issuers would send the SDK down its
    // Emulator and skill paths, which fetch keys from elsewhere and accept other tokens.
    try {
      String issuer = JWT.decode(parts[1]).getIssuer();
      if (!AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER.equals(issuer)) {
        throw new Refusal(401, "token not issued by the Bot Connector");
      }
    } catch (JWTDecodeException e) {
      throw new Refusal(401, "malformed token");
    }
    try {
      ClaimsIdentity identity =
          JwtTokenValidation.authenticateRequest(
                  activity, authHeader.strip(), credentials, null, configuration)
              .get(VALIDATION_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (identity == null || !identity.isAuthenticated()) {
        throw new Refusal(401, "token not valid");
      }
      return identity;
    } catch (ExecutionException | RuntimeException e) {
      LOG.debug("Teams request refused: {}", rootCause(e).getClass().getSimpleName());
      throw new Refusal(401, "token not valid");
    } catch (TimeoutException e) {
      LOG.warn(
          "Teams token validation timed out fetching signing keys from {}",
          settings.openIdMetadata());
      throw new Refusal(401, "token could not be validated");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Refusal(401, "token could not be validated");
    }
  }

  private ClaimsIdentity localOnly(Activity activity) throws Refusal {
    boolean remoteAllowed = settings.allowUnauthenticatedRemote();
    String serviceUrl = activity.getServiceUrl();
    if (serviceUrl == null || serviceUrl.isBlank()) {
      throw new Refusal(400, "the activity has no serviceUrl");
    }
    URI uri;
    try {
      uri = URI.create(serviceUrl.strip());
    } catch (IllegalArgumentException e) {
      throw new Refusal(400, "the activity's serviceUrl is not a URL");
    }
    if (uri.getScheme() == null
        || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
        || uri.getHost() == null) {
      throw new Refusal(400, "the activity's serviceUrl is not an http(s) URL");
    }
    if (!remoteAllowed && !Loopback.isLoopbackHost(uri.getHost())) {
      throw new Refusal(400, "in unauthenticated mode replies only go to this machine");
    }
    return new ClaimsIdentity(AuthenticationConstants.ANONYMOUS_AUTH_TYPE);
  }

  private void warnProxied(String header) {
    long now = System.nanoTime();
    long last = lastProxyWarning.get();
    String why =
        "Teams request refused (401): it came through a proxy (it has a {} header) while"
            + " MicrosoftAppId is empty. Unauthenticated local mode serves only direct requests"
            + " from this machine, because behind a proxy every request looks local. Set"
            + " MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId before exposing"
            + " /api/messages through a proxy ({}=true overrides this, on an isolated test"
            + " network only).";
    if (now - last >= PROXY_WARNING_INTERVAL_NANOS && lastProxyWarning.compareAndSet(last, now)) {
      LOG.warn(why, header, TeamsSettings.ALLOW_UNAUTHENTICATED_REMOTE);
    } else {
      LOG.debug(why, header, TeamsSettings.ALLOW_UNAUTHENTICATED_REMOTE);
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
