package uk.socguide.app.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;

/**
 * {@code GET /health}: readiness. 200 when every check {@linkplain HealthCheck#neededForReadiness()
 * needed for readiness} is up, otherwise 503; the JSON body shows each check, the others too.
 * {@code GET /health/live}: liveness, 200 whenever the server answers at all.
 */
public final class HealthEndpoint implements HttpEndpoint {
  public static final String PATH = "/health";
  public static final String LIVE_PATH = "/health/live";

  private final List<HealthCheck> checks;

  public HealthEndpoint(List<HealthCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    if (request.path().equals(LIVE_PATH)) {
      return json(200, Json.object("status", "UP"));
    }
    boolean ready = true;
    Map<String, Object> results = new LinkedHashMap<>();
    for (HealthCheck check : checks) {
      HealthCheck.Result r;
      try {
        r = check.check();
      } catch (Exception e) {
        r = HealthCheck.Result.down(e.getClass().getSimpleName());
      }
      ready &= r.up() || !check.neededForReadiness();
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("status", r.up() ? "UP" : "DOWN");
      one.put("detail", r.detail());
      results.put(check.name(), one);
    }
    return json(
        ready ? 200 : 503,
        Json.object("status", ready ? "UP" : "DOWN", "live", true, "checks", results));
  }

  private static HttpResponse json(int status, String body) {
    return new HttpResponse(
        status,
        "application/json; charset=utf-8",
        Map.of("Cache-Control", "no-store"),
        body.getBytes(StandardCharsets.UTF_8));
  }
}
