package uk.socguide.adapters.teams.fakes;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Bot Connector's OpenID metadata and signing keys, served on loopback. The SDK caches keys per
 * metadata URL for the whole JVM, so each test class starts its own server on a new port.
 */
public final class OpenIdServer implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger keyFetches = new AtomicInteger();

  public OpenIdServer(List<SigningKey> keys) throws IOException {
    LoopbackServers.configure();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/.well-known/openidconfiguration",
        exchange -> {
          String body =
              "{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\""
                  + base()
                  + "/v1/keys\",\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                  + "\"token_endpoint_auth_methods_supported\":[\"private_key_jwt\"]}";
          send(exchange, body);
        });
    server.createContext(
        "/v1/keys",
        exchange -> {
          keyFetches.incrementAndGet();
          StringBuilder jwks = new StringBuilder("{\"keys\":[");
          for (int i = 0; i < keys.size(); i++) {
            jwks.append(i == 0 ? "" : ",").append(keys.get(i).jwk());
          }
          send(exchange, jwks.append("]}").toString());
        });
    server.start();
  }

  public String metadataUrl() {
    return base() + "/v1/.well-known/openidconfiguration";
  }

  public int keyFetches() {
    return keyFetches.get();
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static void send(com.sun.net.httpserver.HttpExchange exchange, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
