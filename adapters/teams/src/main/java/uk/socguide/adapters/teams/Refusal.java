package uk.socguide.adapters.teams;

/** A request turned away before any processing, with the status to answer and why. */
final class Refusal extends Exception {
  private static final long serialVersionUID = 1L;
  private final int status;

  Refusal(int status, String reason) {
    super(reason, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
