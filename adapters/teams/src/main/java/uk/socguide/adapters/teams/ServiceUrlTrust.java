package uk.socguide.adapters.teams;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service URLs the bot may send to. Every outgoing call carries the bot's access token, so with
 * authentication on only URLs the Bot Connector vouched for (the signed {@code serviceurl} claim of
 * an authenticated activity) are trusted. In unauthenticated local mode no token exists to leak and
 * replies go back to where the request said.
 */
final class ServiceUrlTrust {
  private final boolean authenticated;
  private final Set<String> trusted = ConcurrentHashMap.newKeySet();

  ServiceUrlTrust(boolean authenticated) {
    this.authenticated = authenticated;
  }

  /** Records a service URL taken from an activity whose token was valid and matched it. */
  void vouchedFor(String serviceUrl) {
    if (serviceUrl != null && !serviceUrl.isBlank()) {
      trusted.add(normalise(serviceUrl));
    }
  }

  boolean mayReceiveReplies(String serviceUrl) {
    if (serviceUrl == null || serviceUrl.isBlank()) {
      return false;
    }
    return !authenticated || trusted.contains(normalise(serviceUrl));
  }

  private static String normalise(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.endsWith("/") ? u : u + "/";
  }
}
