package uk.socguide.app.config;

import uk.socguide.intents.Floors;

/**
 * The least intent detection must reach on the current content for {@code ./bot evaluate} to pass
 * and for a publish to go ahead; both use all four. Each is a fraction from 0 to 1.
 */
public record EvaluationFloors(
    double minTop1,
    double minOutOfScopeRecall,
    double minOutOfScopePrecision,
    double minMustAnswerPassRate) {

  /** The same four floors, in the form intent evaluation checks a report against. */
  public Floors toFloors() {
    return new Floors(minTop1, minOutOfScopeRecall, minOutOfScopePrecision, minMustAnswerPassRate);
  }
}
