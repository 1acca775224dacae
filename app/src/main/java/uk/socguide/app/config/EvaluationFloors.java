package uk.socguide.app.config;

/**
 * The least intent detection must reach on the current content for {@code ./bot evaluate} to pass
 * (and, later, for a publish to go ahead). Each is a fraction from 0 to 1.
 */
public record EvaluationFloors(
    double minTop1,
    double minOutOfScopeRecall,
    double minOutOfScopePrecision,
    double minMustAnswerPassRate) {}
