package uk.socguide.content;

/** How urgent the situations a reporting route serves are. */
public enum Urgency {
  EMERGENCY,
  NON_EMERGENCY,
  ANONYMOUS,
  SPECIALIST
}
