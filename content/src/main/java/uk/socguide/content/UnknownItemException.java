package uk.socguide.content;

/** The named item, revision or release does not exist. */
public class UnknownItemException extends ContentException {
  private static final long serialVersionUID = 1L;

  public UnknownItemException(String message) {
    super(message);
  }
}
