package uk.socguide.app.config;

/** A secret value that never shows itself in logs, messages or {@code toString}. */
public record Secret(String value) {

  @Override
  public String toString() {
    return "Secret[****]";
  }
}
