package uk.socguide.adapters.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import org.telegram.telegrambots.meta.api.objects.Update;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;

/**
 * The route Telegram posts updates to in webhook mode. Checks the secret token first, in constant
 * time (missing or wrong: 401, and the body is not even parsed); a body that is not an update is a
 * 400; anything else is queued and answered 200 at once, so Telegram never waits for the engine. An
 * update already seen is answered 200 and not handled again.
 */
final class WebhookEndpoint implements HttpEndpoint {

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  static final int MAX_BODY = 1 << 20;

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final byte[] secretDigest;
  private final UpdateIntake intake;

  WebhookEndpoint(String secret, UpdateIntake intake) {
    this.secretDigest = sha256(secret);
    this.intake = intake;
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    if (!"POST".equalsIgnoreCase(request.method())) {
      return new HttpResponse(405, null, Map.of("Allow", "POST"), new byte[0]);
    }
    String presented = request.header(SECRET_HEADER).orElse(null);
    // digests of equal length compared in constant time: neither content nor length leaks
    if (presented == null || !MessageDigest.isEqual(secretDigest, sha256(presented))) {
      return error(401, "missing or wrong secret token");
    }
    byte[] body = request.body() == null ? new byte[0] : request.body();
    if (body.length > MAX_BODY) {
      return error(413, "update too large");
    }
    Update update;
    try {
      JsonNode tree = JSON.readTree(body);
      if (tree == null
          || !tree.isObject()
          || !tree.path("update_id").canConvertToInt()
          || !tree.path("update_id").isIntegralNumber()) {
        return error(400, "not a Telegram update");
      }
      update = JSON.treeToValue(tree, Update.class);
    } catch (IOException | RuntimeException e) {
      return error(400, "not a Telegram update");
    }
    return switch (intake.accept(update)) {
      case ACCEPTED, DUPLICATE, FLOOD -> HttpResponse.empty(200);
      case BUSY -> new HttpResponse(503, null, Map.of("Retry-After", "1"), new byte[0]);
      case CLOSED -> error(503, "not running");
    };
  }

  private static HttpResponse error(int status, String message) {
    return HttpResponse.json(status, "{\"error\":\"" + message + "\"}");
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
