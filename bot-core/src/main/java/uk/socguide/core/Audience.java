package uk.socguide.core;

/** Who the reader is; answers are worded for them. */
public enum Audience {
  COUNCILLOR,
  FRONTLINE
}
