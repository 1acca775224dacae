package uk.socguide.content;

/**
 * A filter on the topics editors see; {@code null} fields (and {@code false}) match everything.
 *
 * @param text matched, ignoring case, against the id, title, example questions and answers
 * @param reviewDue only topics whose review-by date is today or earlier
 */
public record TopicQuery(String text, Category category, TopicStatus status, boolean reviewDue) {

  public static TopicQuery all() {
    return new TopicQuery(null, null, null, false);
  }

  public TopicQuery text(String text) {
    return new TopicQuery(text, category, status, reviewDue);
  }

  public TopicQuery category(Category category) {
    return new TopicQuery(text, category, status, reviewDue);
  }

  public TopicQuery status(TopicStatus status) {
    return new TopicQuery(text, category, status, reviewDue);
  }

  public TopicQuery reviewDue(boolean reviewDue) {
    return new TopicQuery(text, category, status, reviewDue);
  }
}
