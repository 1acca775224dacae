package uk.socguide.app.server;

/** One thing the service needs before it can answer: the database, a loaded model. */
public interface HealthCheck {

  /** A short name shown in {@code /health}: {@code database}, {@code model}... */
  String name();

  /** Whether it is usable now; may throw, which counts as down. Must be quick. */
  Result check() throws Exception;

  /** A check's outcome with a short, non-sensitive detail. */
  record Result(boolean up, String detail) {
    public static Result up(String detail) {
      return new Result(true, detail);
    }

    public static Result down(String detail) {
      return new Result(false, detail);
    }
  }
}
