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
        public void feedback(FeedbackEntry entry) {}
      };

  void unanswered(UnansweredQuestion question);

  void feedback(FeedbackEntry entry);
}
