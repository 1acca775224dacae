package uk.socguide.app.admin.view;

import java.util.List;
import uk.socguide.content.QuestionGroup;
import uk.socguide.content.TopicFeedback;

/**
 * The inbox: open unanswered questions grouped by similarity, and readers' feedback per topic.
 *
 * @param topics every topic as (id, title), for "add as example question to topic X"
 * @param days how far back the feedback goes
 */
public record InboxView(
    List<QuestionGroup> groups,
    List<TopicView.Link> topics,
    List<TopicFeedback> feedback,
    int days) {

  /** The group's question ids as one form value. */
  public static String ids(QuestionGroup g) {
    StringBuilder s = new StringBuilder();
    for (Long id : g.questionIds()) {
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(id);
    }
    return s.toString();
  }
}
