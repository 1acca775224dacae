package uk.socguide.adapters.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.socguide.core.channel.HttpResponse;

/** JSON responses of the web adapter's endpoints. */
final class Responses {
  private static final String JSON = "application/json; charset=utf-8";
  private static final Map<String, String> NO_STORE = Map.of("Cache-Control", "no-store");

  private Responses() {}

  static HttpResponse json(int status, Object body) {
    try {
      byte[] bytes = JsonBodies.mapper().writeValueAsBytes(body);
      return new HttpResponse(status, JSON, NO_STORE, bytes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("response not serialisable", e);
    }
  }

  static HttpResponse error(ClientError error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error.getMessage());
    body.put("status", error.status());
    return json(error.status(), body);
  }

  static HttpResponse text(int status, String contentType, String text) {
    return new HttpResponse(status, contentType, NO_STORE, text.getBytes(StandardCharsets.UTF_8));
  }
}
