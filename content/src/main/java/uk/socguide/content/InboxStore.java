package uk.socguide.content;

/**
 * Where the dialogue engine leaves what editors need to see: unanswered questions and feedback.
 * Callers redact personal data before recording. Thread-safe.
 */
public interface InboxStore {

  void recordUnanswered(UnansweredQuestion question);

  void recordFeedback(FeedbackEntry feedback);
}
