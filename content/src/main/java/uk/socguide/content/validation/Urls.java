package uk.socguide.content.validation;

import java.net.URI;
import java.net.URISyntaxException;

/** Addresses readers are sent to: http or https, with a host, nothing else. */
public final class Urls {
  private Urls() {}

  public static boolean valid(String url) {
    if (url == null || url.isEmpty() || url.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return ("http".equals(scheme) || "https".equals(scheme))
          && uri.getHost() != null
          && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
