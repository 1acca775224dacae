package uk.socguide.app.admin.publish;

/**
 * Making content live. Publishing plans the release from every approved change, refuses it when
 * validation finds problems or when intent detection trained on it falls below the evaluation
 * floors (cross-validation and the must-answer questions), and otherwise publishes it and swaps the
 * live content and model in place: turns already running finish on the release they started with;
 * every later turn uses the new one. Restoring an earlier release goes through the same checks. One
 * publish or restore runs at a time.
 */
public interface Publishing {

  /** Publishes every approved change, or says why not. */
  PublishResult publish(String actor, String note);

  /** Makes release {@code number}'s content live again as a new release, or says why not. */
  PublishResult restore(long number, String actor, String note);

  /** Evaluates what publishing now would make live, without publishing it. */
  PublishResult check();
}
