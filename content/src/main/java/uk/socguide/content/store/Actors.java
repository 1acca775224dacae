package uk.socguide.content.store;

/** Names of who did something: required, so that every change can be traced to someone. */
final class Actors {
  static final int MAX_LENGTH = 100;

  private Actors() {}

  static String check(String actor) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("who is making the change must be given");
    }
    if (actor.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a user name is at most " + MAX_LENGTH + " characters");
    }
    return actor.strip();
  }
}
