package uk.socguide.adapters.telegram;

/**
 * A run of text inside one of the adapter's own tags (or none). Text is kept raw until it is
 * written, so a message can be cut between two characters and never inside a tag or an entity.
 */
record Fragment(String open, String text, String close) {

  static Fragment text(String text) {
    return new Fragment("", text, "");
  }

  static Fragment bold(String text) {
    return new Fragment("<b>", text, "</b>");
  }

  static Fragment link(String text, String url) {
    if (!Html.isWebAddress(url)) {
      return text(text);
    }
    return new Fragment("<a href=\"" + Html.escape(url) + "\">", text, "</a>");
  }

  String html() {
    return open + Html.escape(text) + close;
  }

  /** The same fragment without its tags, for when the tags alone would not fit in a message. */
  Fragment untagged() {
    return text(text);
  }
}
