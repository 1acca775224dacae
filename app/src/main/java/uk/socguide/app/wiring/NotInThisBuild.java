package uk.socguide.app.wiring;

/** A part the command needs is not in this build yet; the message says which. */
public final class NotInThisBuild extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotInThisBuild(String message) {
    super(message, null, false, false);
  }
}
