package uk.socguide.intents;

/**
 * How a model is trained. The defaults were chosen by cross-validation on the seed content: stem
 * bigrams and character n-grams each lowered top-1 accuracy there (by 5 and 9 points), so they are
 * off.
 *
 * @param iterations GIS iterations of the maximum-entropy classifier
 * @param calibrationFolds folds of the cross-validation that fits the out-of-scope decision (below
 *     2: no calibration, {@code defaultThreshold} is used)
 * @param maxentWeight weight of the classifier's probability in the blend
 * @param exampleWeight weight of the nearest example's BM25 similarity
 * @param intentWeight weight of the BM25 similarity to all of an intent's examples together
 * @param defaultThreshold the threshold when there is too little data to calibrate
 * @param bigrams also give the classifier neighbouring-stem pairs
 * @param charGrams also give the classifier character n-grams of each stem
 * @param parallelism threads used to train the final model and the calibration folds at once
 */
record TrainerSettings(
    int iterations,
    int calibrationFolds,
    double maxentWeight,
    double exampleWeight,
    double intentWeight,
    double defaultThreshold,
    boolean bigrams,
    boolean charGrams,
    int parallelism) {

  /**
   * 150 rather than OpenNLP's 100: with concepts and senses counted twice the classifier keeps
   * improving a little past 100 (top-1 on the seed +0.35 points at 150, +0.5 at 200), and 150 keeps
   * retraining under a second on two busy cores.
   */
  static final int ITERATIONS = 150;

  static TrainerSettings defaults() {
    return new TrainerSettings(
        ITERATIONS,
        5,
        0.4,
        0.2,
        0.4,
        0.25,
        false,
        false,
        Math.max(1, Runtime.getRuntime().availableProcessors()));
  }
}
