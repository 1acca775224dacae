package uk.socguide.app.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.app.cli.StartupFailure;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;

/**
 * The one HTTP server (Javalin on Jetty) for every route. Adapters' {@link HttpEndpoint}s are bound
 * to routes here, so no adapter depends on the web framework. Every response carries the security
 * headers; every error is JSON; a request the server cannot match is a 404 or 405, never a 500.
 * Stopping waits up to {@value #STOP_TIMEOUT_MS} ms for requests in flight.
 */
public final class AppServer implements AutoCloseable {
  static final long MAX_REQUEST_BYTES = 1024 * 1024;
  static final long STOP_TIMEOUT_MS = 5_000;
  private static final int MAX_THREADS = 64;
  private static final Logger LOG = LoggerFactory.getLogger(AppServer.class);

  private final Javalin javalin;
  private final String host;
  private final int port;

  public AppServer(String host, int port) {
    this.host = host;
    this.port = port;
    this.javalin =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.startupWatcherEnabled = false;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.http.prefer405over404 = true;
              config.http.generateEtags = false;
              config.router.ignoreTrailingSlashes = true;
              QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4, 60_000);
              threads.setName("http");
              config.jetty.threadPool = threads;
              config.jetty.modifyServer(
                  server -> {
                    server.setStopTimeout(STOP_TIMEOUT_MS);
                    server.setErrorHandler(new JsonErrorHandler());
                  });
            });
    javalin.before(SecurityHeaders::apply);
    javalin.exception(HttpResponseException.class, AppServer::clientError);
    javalin.exception(Exception.class, AppServer::serverError);
    javalin.error(404, ctx -> errorBody(ctx, 404, "no such page"));
    javalin.error(405, ctx -> errorBody(ctx, 405, "method not allowed here"));
  }

  public AppServer get(String path, HttpEndpoint endpoint) {
    return bind(HandlerType.GET, path, endpoint);
  }

  public AppServer post(String path, HttpEndpoint endpoint) {
    return bind(HandlerType.POST, path, endpoint);
  }

  public AppServer bind(HandlerType method, String path, HttpEndpoint endpoint) {
    javalin.addHttpHandler(method, path, ctx -> write(ctx, endpoint.handle(request(ctx))));
    return this;
  }

  /**
   * Lets a part of the app that needs more than {@link HttpEndpoint}s (the editors' workspace:
   * cookies, forms, templates) bind its own routes. Call before {@link #start()}.
   */
  public AppServer install(Consumer<Javalin> routes) {
    routes.accept(javalin);
    return this;
  }

  /**
   * Starts listening; returns the port (useful when 0 asked for a free one).
   *
   * @throws StartupFailure when the port is in use or not allowed
   */
  public int start() {
    if (port != 0) {
      // Javalin loses the bind error when it cleans up after it; a probe names it plainly
      try (ServerSocket probe = new ServerSocket()) {
        probe.setReuseAddress(true);
        probe.bind(new InetSocketAddress(host, port));
      } catch (IOException e) {
        throw new StartupFailure(
            "cannot listen on "
                + host
                + ":"
                + port
                + ": "
                + e.getMessage()
                + " (is SOC Guide already running? choose another port with --port)",
            e);
      }
    }
    try {
      javalin.start(host, port);
    } catch (RuntimeException e) {
      throw new StartupFailure("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    return javalin.port();
  }

  public int port() {
    return javalin.port();
  }

  @Override
  public void close() {
    javalin.stop();
  }

  private static HttpRequest request(Context ctx) {
    Map<String, String> headers = new HashMap<>();
    ctx.headerMap().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    byte[] body = ctx.method() == HandlerType.GET ? new byte[0] : ctx.bodyAsBytes();
    return new HttpRequest(ctx.method().name(), ctx.path(), headers, body, ctx.ip());
  }

  private static void write(Context ctx, HttpResponse response) {
    ctx.status(response.status());
    response.headers().forEach(ctx::header);
    if (response.contentType() != null) {
      ctx.contentType(response.contentType());
    }
    ctx.result(response.body());
  }

  private static void clientError(HttpResponseException e, Context ctx) {
    int status = e.getStatus();
    String message =
        status == 413
            ? "request body is over " + MAX_REQUEST_BYTES / 1024 + " KB"
            : e.getMessage() == null ? "bad request" : e.getMessage();
    if (status >= 500) {
      LOG.error("request to {} failed: {}", ctx.path(), e.getMessage());
    }
    errorBody(ctx, status, message);
  }

  private static void serverError(Exception e, Context ctx) {
    LOG.error("request to {} failed", ctx.path(), e);
    errorBody(ctx, 500, "internal error");
  }

  private static void errorBody(Context ctx, int status, String message) {
    if (ctx.resultInputStream() != null && ctx.status().getCode() == status) {
      return; // the endpoint wrote its own error body
    }
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(Json.object("error", message, "status", status));
  }
}
