package uk.socguide.content;

/**
 * Where the dialogue engine leaves what editors need to see: unanswered questions and feedback.
 * Callers redact personal data before recording. Thread-safe.
 */
public interface InboxStore {

  void recordUnanswered(UnansweredQuestion question);

  /** Records a verdict and returns its id, to which a reason may be added later. */
  long recordFeedback(FeedbackEntry feedback);

  /**
   * Adds the reader's reason to a verdict recorded without one; does nothing if the verdict is
   * unknown or already has a reason, so a verdict is never counted twice.
   */
  void addFeedbackReason(long feedbackId, String redactedReason);
}
