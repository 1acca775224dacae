package uk.socguide.app.wiring;

import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;

/**
 * A route that exists from the moment the server listens but answers 503 until the assistant behind
 * it is ready, so the server can start while the model trains.
 */
final class WhenReady implements HttpEndpoint {
  private volatile HttpEndpoint target;

  void ready(HttpEndpoint endpoint) {
    this.target = endpoint;
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    HttpEndpoint t = target;
    if (t == null) {
      return HttpResponse.json(
          503, "{\"error\":\"the assistant is starting; try again shortly\",\"status\":503}");
    }
    return t.handle(request);
  }
}
