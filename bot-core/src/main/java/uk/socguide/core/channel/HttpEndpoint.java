package uk.socguide.core.channel;

/**
 * A plain request handler an adapter exposes; the app binds it to a route on its one server, so
 * adapters never depend on the web framework. Implementations never throw for client input: a
 * client's mistake is a 4xx response.
 */
@FunctionalInterface
public interface HttpEndpoint {

  HttpResponse handle(HttpRequest request);
}
