package uk.socguide.adapters.telegram;

/**
 * What an update asks for: a callback query to answer at once, a job for the chat's lane, both, or
 * neither.
 *
 * @param callbackQueryId the callback query to answer, or {@code null}
 * @param callbackText the short notice shown with the answer, or {@code null} for none
 * @param job the work to queue, or {@code null}
 */
record Incoming(String callbackQueryId, String callbackText, Job job) {

  static final Incoming NOTHING = new Incoming(null, null, null);

  static Incoming job(Job job) {
    return new Incoming(null, null, job);
  }
}
