package uk.socguide.app.admin.http;

/**
 * A request the workspace will not act on, with the status and a message for the person who sent
 * it: bad input (400), not found (404), not allowed (403), a conflict (409).
 */
public final class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public Refusal(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static Refusal badRequest(String message) {
    return new Refusal(400, message);
  }

  public static Refusal notFound(String message) {
    return new Refusal(404, message);
  }
}
