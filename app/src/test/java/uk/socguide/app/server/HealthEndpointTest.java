package uk.socguide.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;

class HealthEndpointTest {

  private static HealthCheck check(String name, HealthCheck.Result result) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Result check() {
        return result;
      }
    };
  }

  private static final HealthCheck FAILING =
      new HealthCheck() {
        @Override
        public String name() {
          return "model";
        }

        @Override
        public Result check() {
          throw new IllegalStateException("boom");
        }
      };

  private static HttpResponse get(HealthEndpoint endpoint, String path) {
    return endpoint.handle(new HttpRequest("GET", path, Map.of(), new byte[0], "127.0.0.1"));
  }

  private static String body(HttpResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  @Test
  void readyWhenEveryCheckIsUp() {
    HttpResponse r =
        get(
            new HealthEndpoint(
                List.of(
                    check("database", HealthCheck.Result.up("connected")),
                    check("model", HealthCheck.Result.up("release 1")))),
            "/health");

    assertThat(r.status()).isEqualTo(200);
    assertThat(body(r))
        .isEqualTo(
            "{\"status\":\"UP\",\"live\":true,\"checks\":{\"database\":{\"status\":\"UP\","
                + "\"detail\":\"connected\"},\"model\":{\"status\":\"UP\",\"detail\":\"release"
                + " 1\"}}}");
  }

  @Test
  void notReadyWhenAnyCheckIsDownOrThrows() {
    HealthEndpoint down =
        new HealthEndpoint(
            List.of(
                check("database", HealthCheck.Result.down("unreachable")),
                check("model", HealthCheck.Result.up("release 1"))));
    HealthEndpoint throwing =
        new HealthEndpoint(List.of(check("database", HealthCheck.Result.up("ok")), FAILING));

    assertThat(get(down, "/health").status()).isEqualTo(503);
    assertThat(body(get(down, "/health"))).contains("\"status\":\"DOWN\"", "unreachable");
    assertThat(get(throwing, "/health").status()).isEqualTo(503);
    assertThat(body(get(throwing, "/health"))).contains("IllegalStateException");
  }

  @Test
  void aCheckNotNeededForReadinessIsShownDownWithoutMakingTheServiceUnready() {
    HealthCheck telegram =
        new HealthCheck() {
          @Override
          public String name() {
            return "telegram";
          }

          @Override
          public Result check() {
            return Result.down("registering with Telegram");
          }

          @Override
          public boolean neededForReadiness() {
            return false;
          }
        };
    HealthEndpoint endpoint =
        new HealthEndpoint(
            List.of(check("database", HealthCheck.Result.up("connected")), telegram));

    HttpResponse r = get(endpoint, "/health");

    assertThat(r.status()).isEqualTo(200);
    assertThat(body(r))
        .startsWith("{\"status\":\"UP\"")
        .contains("\"telegram\":{\"status\":\"DOWN\",\"detail\":\"registering with Telegram\"}");
  }

  @Test
  void livenessIgnoresTheChecks() {
    HealthEndpoint down =
        new HealthEndpoint(List.of(check("database", HealthCheck.Result.down("unreachable"))));

    assertThat(get(down, "/health/live").status()).isEqualTo(200);
  }
}
