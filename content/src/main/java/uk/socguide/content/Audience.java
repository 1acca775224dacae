package uk.socguide.content;

/** Who an answer variant is written for. {@code DEFAULT} is used when no variant matches. */
public enum Audience {
  DEFAULT,
  COUNCILLOR,
  FRONTLINE
}
