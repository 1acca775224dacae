package uk.socguide.app.admin.view;

import java.util.List;
import uk.socguide.content.AuditEntry;
import uk.socguide.content.Change;
import uk.socguide.content.QuestionGroup;
import uk.socguide.content.ReleaseInfo;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicFeedback;

/**
 * The dashboard's figures.
 *
 * @param live the live release's number (0 before anything is published)
 * @param latest the newest release, or {@code null}
 * @param awaitingYou changes in review that the viewer did not make
 * @param reviewDue live topics whose review-by date has come
 */
public record Dashboard(
    long live,
    ReleaseInfo latest,
    int drafts,
    int inReview,
    int approved,
    List<Change> awaitingYou,
    List<Topic> reviewDue,
    List<QuestionGroup> unanswered,
    List<TopicFeedback> unhelpful,
    List<AuditEntry> recent) {}
