package uk.socguide.core.channel;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as an adapter sees it, independent of the web framework the app uses.
 *
 * @param headers header names in lower case
 * @param remoteAddress the peer's IP address
 */
public record HttpRequest(
    String method, String path, Map<String, String> headers, byte[] body, String remoteAddress) {

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
