package uk.socguide.adapters.web;

/**
 * A client's mistake, answered with a 4xx status and a JSON body naming it. Thrown only inside this
 * adapter and always turned into a response before leaving an endpoint.
 */
final class ClientError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ClientError(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
