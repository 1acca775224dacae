package uk.socguide.core.channel;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What an adapter's handler answers; the app writes it out unchanged. */
public record HttpResponse(
    int status, String contentType, Map<String, String> headers, byte[] body) {

  public static HttpResponse json(int status, String json) {
    return new HttpResponse(
        status, "application/json", Map.of(), json.getBytes(StandardCharsets.UTF_8));
  }

  public static HttpResponse empty(int status) {
    return new HttpResponse(status, null, Map.of(), new byte[0]);
  }
}
