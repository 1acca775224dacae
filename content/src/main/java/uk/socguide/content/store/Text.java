package uk.socguide.content.store;

/** Keeps free text within its column. */
final class Text {
  private Text() {}

  static String clip(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    return s.substring(0, max - 1) + "\u2026";
  }
}
