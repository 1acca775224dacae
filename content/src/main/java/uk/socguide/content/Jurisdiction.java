package uk.socguide.content;

/** The UK legal jurisdictions whose reporting routes and law can differ. */
public enum Jurisdiction {
  ENGLAND_AND_WALES,
  SCOTLAND,
  NORTHERN_IRELAND
}
