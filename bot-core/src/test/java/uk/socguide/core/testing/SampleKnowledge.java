package uk.socguide.core.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.socguide.content.ContentRelease;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.core.knowledge.TrainingSets;
import uk.socguide.intents.IntentTrainer;

/**
 * Sample content with the real intent model trained on it. Training takes a second or two, so each
 * release's model is trained once per test run and shared.
 */
public final class SampleKnowledge {
  private static final Map<ContentRelease, Knowledge> TRAINED = new ConcurrentHashMap<>();

  private SampleKnowledge() {}

  /** {@link SampleContent#release()} and its model. */
  public static Knowledge sample() {
    return train(SampleContent.release());
  }

  /** A release and the intent model trained on it. */
  public static Knowledge train(ContentRelease release) {
    return TRAINED.computeIfAbsent(
        release, r -> new Knowledge(r, IntentTrainer.train(TrainingSets.of(r))));
  }
}
