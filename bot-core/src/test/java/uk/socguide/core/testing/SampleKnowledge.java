package uk.socguide.core.testing;

import uk.socguide.content.ContentRelease;
import uk.socguide.core.knowledge.Knowledge;

/** Sample content with an intent model trained on it; the sample's model is trained once. */
public final class SampleKnowledge {
  private static volatile Knowledge sample;

  private SampleKnowledge() {}

  /** {@link SampleContent#release()} and its model. */
  public static Knowledge sample() {
    Knowledge k = sample;
    if (k == null) {
      synchronized (SampleKnowledge.class) {
        k = sample;
        if (k == null) {
          k = train(SampleContent.release());
          sample = k;
        }
      }
    }
    return k;
  }

  /** A release and a model trained on it. */
  public static Knowledge train(ContentRelease release) {
    // TEMPORARY: the stand-in until the intents trainer is on main
    return new Knowledge(release, new StandInModel(release));
  }
}
