package uk.socguide.adapters.teams;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLSocketFactory;

/**
 * The bot's credentials for outgoing calls, with tokens requested from a configured authority: the
 * app's own tenant for a single-tenant app (the SDK's default, botframework.com, refuses
 * single-tenant apps). MSAL's instance discovery is turned off because the authority is named
 * explicitly, which also keeps it from calling the public login host for a private one.
 */
final class TenantAppCredentials extends MicrosoftAppCredentials {
  private static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);

  private final URI authority;
  private final SSLSocketFactory sslSocketFactory;

  /**
   * @param sslSocketFactory trust for the authority's TLS certificate, or {@code null} for the
   *     JVM's default trust store
   */
  TenantAppCredentials(
      String appId, String appPassword, URI authority, SSLSocketFactory sslSocketFactory) {
    super(appId, appPassword, null, AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE);
    this.authority = authority;
    this.sslSocketFactory = sslSocketFactory;
  }

  @Override
  public String oAuthEndpoint() {
    return authority.toString();
  }

  @Override
  protected Authenticator buildAuthenticator() throws MalformedURLException {
    ConfidentialClientApplication.Builder builder =
        ConfidentialClientApplication.builder(
                getAppId(), ClientCredentialFactory.createFromSecret(getAppPassword()))
            .authority(authority + "/")
            .instanceDiscovery(false)
            .connectTimeoutForDefaultHttpClient(10_000)
            .readTimeoutForDefaultHttpClient(15_000);
    if (sslSocketFactory != null) {
      builder.sslSocketFactory(sslSocketFactory);
    }
    ConfidentialClientApplication app = builder.build();
    ClientCredentialParameters parameters =
        ClientCredentialParameters.builder(Set.of(oAuthScope())).build();
    AtomicReference<IAuthenticationResult> current = new AtomicReference<>();
    return () -> {
      // Kept here as well as in MSAL's cache, whose lookup misses for an authority with a port.
      IAuthenticationResult token = current.get();
      if (token != null
          && token.expiresOnDate().toInstant().isAfter(Instant.now().plus(REFRESH_BEFORE))) {
        return CompletableFuture.completedFuture(token);
      }
      return app.acquireToken(parameters)
          .thenApply(
              fresh -> {
                current.set(fresh);
                return fresh;
              });
    };
  }
}
