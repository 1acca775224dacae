package uk.socguide.core.dialogue;

import uk.socguide.content.FeedbackEntry;
import uk.socguide.content.UnansweredQuestion;

/** What a turn leaves for editors. Texts are redacted before they get here. */
interface Effects {

  /** Records nothing: for previews, which must leave no trace. */
  Effects NONE =
      new Effects() {
        @Override
        public void unanswered(UnansweredQuestion question) {}

        @Override
        public long feedback(FeedbackEntry entry) {
          return 0;
        }

        @Override
        public void feedbackReason(long feedbackId, String redactedReason) {}
      };

  void unanswered(UnansweredQuestion question);

  /** Records a verdict; returns its id (0 when nothing was recorded). */
  long feedback(FeedbackEntry entry);

  void feedbackReason(long feedbackId, String redactedReason);
}
