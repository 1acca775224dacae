package uk.socguide.adapters.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;

/**
 * The browser chat page and its script, style sheet and icon, served from this module's resources
 * (no third-party scripts, nothing from a CDN). The page runs with a Content-Security-Policy that
 * forbids inline script, so everything it does is in {@code chat.js}.
 */
public final class WebPage implements HttpEndpoint {
  private static final String BASE = "/uk/socguide/adapters/web/assets/";

  /** The paths this endpoint serves, to bind as GET routes. */
  public static final List<String> PATHS =
      List.of("/", "/assets/chat.js", "/assets/chat.css", "/assets/icon.svg");

  private final Map<String, Asset> assets = new LinkedHashMap<>();

  private record Asset(String contentType, byte[] bytes) {}

  public WebPage() {
    assets.put("/", load("index.html", "text/html; charset=utf-8"));
    assets.put("/assets/chat.js", load("chat.js", "text/javascript; charset=utf-8"));
    assets.put("/assets/chat.css", load("chat.css", "text/css; charset=utf-8"));
    assets.put("/assets/icon.svg", load("icon.svg", "image/svg+xml"));
  }

  private static Asset load(String name, String contentType) {
    try (InputStream in = WebPage.class.getResourceAsStream(BASE + name)) {
      if (in == null) {
        throw new IllegalStateException("missing web asset " + name);
      }
      return new Asset(contentType, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    Asset asset = assets.get(request.path());
    if (asset == null) {
      return Responses.error(new ClientError(404, "no such page"));
    }
    return new HttpResponse(
        200, asset.contentType(), Map.of("Cache-Control", "no-cache"), asset.bytes());
  }
}
