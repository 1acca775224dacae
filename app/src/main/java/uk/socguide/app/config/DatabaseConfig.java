package uk.socguide.app.config;

/**
 * Where the content store lives.
 *
 * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL
 * @param user the database user; empty for H2's default
 * @param password the password, or {@code null} when none is set
 */
public record DatabaseConfig(String url, String user, Secret password) {

  public boolean isH2() {
    return url.startsWith("jdbc:h2:");
  }

  /** The password's text, empty when none is set. */
  public String passwordText() {
    return password == null ? "" : password.value();
  }
}
