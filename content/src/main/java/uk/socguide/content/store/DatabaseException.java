package uk.socguide.content.store;

/** The database itself failed (unreachable, full, corrupt): not something a caller did wrong. */
public class DatabaseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
