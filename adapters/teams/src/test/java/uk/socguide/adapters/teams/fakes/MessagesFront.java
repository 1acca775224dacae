package uk.socguide.adapters.teams.fakes;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;

/**
 * {@code POST /api/messages} over loopback HTTP, bound as the app's server binds it (lower-case
 * header names, the peer's address), on the JDK's server because adapters cannot depend on app. For
 * benchmarks that measure the route as Teams reaches it, sockets and all.
 */
public final class MessagesFront implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads;
  private final String path;

  public MessagesFront(String path, HttpEndpoint endpoint) throws IOException {
    LoopbackServers.configure();
    this.path = path;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
    threads =
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "messages-front");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(threads);
    server.createContext(path, exchange -> serve(endpoint, exchange));
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static void serve(HttpEndpoint endpoint, HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> headers = new HashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
      HttpResponse response =
          endpoint.handle(
              new HttpRequest(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  headers,
                  exchange.getRequestBody().readAllBytes(),
                  exchange.getRemoteAddress().getAddress().getHostAddress()));
      response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      if (response.contentType() != null) {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
      }
      byte[] body = response.body();
      exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
