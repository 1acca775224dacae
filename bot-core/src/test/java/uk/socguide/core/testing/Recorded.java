package uk.socguide.core.testing;

import java.util.List;
import uk.socguide.content.ConversationRecord;
import uk.socguide.content.FeedbackEntry;
import uk.socguide.content.UnansweredQuestion;

/** What the engine left in the database, read back for assertions. */
public interface Recorded {

  /** Unanswered and low-confidence questions, oldest first. */
  List<UnansweredQuestion> unanswered();

  /** Feedback entries, oldest first. */
  List<FeedbackEntry> feedback();

  /** Every stored conversation state, expired or not. */
  List<ConversationRecord> conversations();

  /** Every piece of text stored anywhere in the database, to prove something was not kept. */
  List<String> everyStoredText();
}
