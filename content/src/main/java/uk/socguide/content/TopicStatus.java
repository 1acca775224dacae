package uk.socguide.content;

/** Where a topic's latest revision stands in the editorial workflow. */
public enum TopicStatus {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  PUBLISHED,
  WITHDRAWN
}
