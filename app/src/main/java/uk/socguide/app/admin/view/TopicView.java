package uk.socguide.app.admin.view;

import java.util.List;
import uk.socguide.content.Change;
import uk.socguide.content.FeedbackEntry;
import uk.socguide.content.Item;
import uk.socguide.content.Revision;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicFeedback;

/**
 * Everything the topic page shows.
 *
 * @param item the working copy: the latest revision and where it stands
 * @param answers each variant, rendered
 * @param related each related topic's id and title (the title is the id when it does not exist)
 * @param pending how the pending change differs from the live topic, or {@code null}
 * @param feedback the summary of readers' verdicts, or {@code null} when there are none
 * @param reviewDue whether the review-by date has come
 */
public record TopicView(
    Item<Topic> item,
    List<AnswerView> answers,
    List<Link> related,
    Change pending,
    List<Revision> history,
    TopicFeedback feedback,
    List<FeedbackEntry> recentFeedback,
    boolean reviewDue,
    Actions actions) {

  /** A link to another item. */
  public record Link(String href, String text) {}

  /** The workflow steps the viewer may take now. */
  public record Actions(
      boolean edit,
      boolean submit,
      boolean approve,
      boolean reject,
      boolean discard,
      boolean withdraw) {}

  public Topic topic() {
    return item.value();
  }
}
