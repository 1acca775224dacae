package uk.socguide.core.markup;

/** A run of text inside a paragraph or bullet. */
public sealed interface Inline {

  String text();

  record Text(String text) implements Inline {}

  record Bold(String text) implements Inline {}

  /** A link; {@code url} is always http or https (anything else is parsed as plain text). */
  record Link(String text, String url) implements Inline {}
}
