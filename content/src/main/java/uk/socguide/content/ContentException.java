package uk.socguide.content;

/** Base of the content store's errors: each says what was refused and why, and changed nothing. */
public class ContentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ContentException(String message) {
    super(message);
  }

  public ContentException(String message, Throwable cause) {
    super(message, cause);
  }
}
