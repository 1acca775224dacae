package uk.socguide.intents;

import java.util.List;

/**
 * Decides whether a question is out of scope from a few signals about how it scored: a logistic
 * regression fitted, each time a model trains, to the held-out questions of its calibration folds,
 * refusing when out of scope is the likelier. A single threshold on the best score cannot tell a
 * short question that matches one everyday word of an example ("cheer me up" against "cheers") from
 * a situation described in words no example uses but naming a crime; the signals can. Below a small
 * floor on the best in-scope score a question is refused whatever the signals say. Immutable and
 * thread-safe.
 *
 * <p>The signals, in order (see {@link #signals}): the best in-scope and best out-of-scope blended
 * scores; the classifier's best in-scope probability and its total out-of-scope probability; the
 * best in-scope and out-of-scope similarity of a single example and of an intent's examples
 * together; whether the question names a crime or an agency from the lexicon; how many senses it
 * uses (up to 3, as a share); the share of its words that are unknown; whether it names an urgency
 * ("right now", "in danger"); and whether it uses a sense of small talk with the assistant
 * (greeting, thanks, goodbye, help, "are you a bot").
 */
final class OutOfScopeModel {

  static final int SIGNALS = 13;
  private static final int ITERATIONS = 600;
  private static final double LEARNING_RATE = 1.0;
  private static final double L2 = 1e-3;

  /** Weights, the bias first; {@code null} for the threshold-only fallback. */
  private final double[] weights;

  /** Below this best in-scope score a question is always out of scope. */
  private final double threshold;

  private OutOfScopeModel(double[] weights, double threshold) {
    this.weights = weights;
    this.threshold = threshold;
  }

  /**
   * With too little data to fit: out of scope when an out-of-scope intent scores at least as well
   * as every in-scope one, or the best in-scope score is under {@code threshold}.
   */
  static OutOfScopeModel thresholdOnly(double threshold) {
    return new OutOfScopeModel(null, threshold);
  }

  /** A model fitted earlier, from its {@link #weights()} (the bias first) and threshold. */
  static OutOfScopeModel withWeights(double[] weights, double threshold) {
    if (weights.length != SIGNALS + 1) {
      throw new IllegalArgumentException(
          "expected " + (SIGNALS + 1) + " weights, found " + weights.length);
    }
    return new OutOfScopeModel(weights.clone(), threshold);
  }

  /** The fitted weights, the bias first; {@code null} for a threshold-only model. */
  double[] weights() {
    return weights == null ? null : weights.clone();
  }

  /**
   * Fits the weights by gradient descent on the log loss (with a small L2 penalty), from zero, so
   * the same examples always give the same model.
   *
   * @param signals each held-out question's {@link #signals}
   * @param outOfScope whether each was out of scope
   * @param threshold the floor kept under the fitted rule
   */
  static OutOfScopeModel fit(List<double[]> signals, boolean[] outOfScope, double threshold) {
    int n = signals.size();
    double[] w = new double[SIGNALS + 1];
    if (n == 0) {
      return new OutOfScopeModel(w, threshold);
    }
    double[] gradient = new double[w.length];
    for (int it = 0; it < ITERATIONS; it++) {
      java.util.Arrays.fill(gradient, 0);
      for (int e = 0; e < n; e++) {
        double[] x = signals.get(e);
        double error = probability(w, x) - (outOfScope[e] ? 1 : 0);
        gradient[0] += error;
        for (int k = 0; k < SIGNALS; k++) {
          gradient[k + 1] += error * x[k];
        }
      }
      w[0] -= LEARNING_RATE * gradient[0] / n;
      for (int k = 1; k < w.length; k++) {
        w[k] -= LEARNING_RATE * (gradient[k] / n + L2 * w[k]);
      }
    }
    return new OutOfScopeModel(w, threshold);
  }

  @Override
  public String toString() {
    return weights == null
        ? "refused below " + threshold
        : "refused when likelier out of scope (" + SIGNALS + " signals), or below " + threshold;
  }

  /** How likely the question is out of scope, from 0 to 1. */
  double probability(double[] signals) {
    if (weights == null) {
      boolean refused = signals[1] >= signals[0] || signals[0] < threshold;
      return refused ? 1 : 0;
    }
    return probability(weights, signals);
  }

  boolean refuses(double[] signals) {
    return signals[0] <= 0 || signals[0] < threshold || probability(signals) >= 0.5;
  }

  double threshold() {
    return threshold;
  }

  private static double probability(double[] w, double[] x) {
    double z = w[0];
    for (int k = 0; k < SIGNALS; k++) {
      z += w[k + 1] * x[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The signals of one question.
   *
   * @param blended the blended score of every intent
   * @param probabilities the classifier's probability of every intent
   * @param nearest the similarity of every intent's nearest example
   * @param whole the similarity of every intent's examples taken together
   * @param outOfScope which intents are out of scope
   */
  static double[] signals(
      Analysis analysis,
      double[] blended,
      double[] probabilities,
      double[] nearest,
      double[] whole,
      boolean[] outOfScope) {
    double[] s = new double[SIGNALS];
    for (int i = 0; i < blended.length; i++) {
      if (outOfScope[i]) {
        s[1] = Math.max(s[1], blended[i]);
        s[3] += probabilities[i];
        s[5] = Math.max(s[5], nearest[i]);
        s[7] = Math.max(s[7], whole[i]);
      } else {
        s[0] = Math.max(s[0], blended[i]);
        s[2] = Math.max(s[2], probabilities[i]);
        s[4] = Math.max(s[4], nearest[i]);
        s[6] = Math.max(s[6], whole[i]);
      }
    }
    int senses = 0;
    for (String t : analysis.terms()) {
      if (t.startsWith(Senses.MARK)) {
        senses++;
        s[12] = Senses.SMALL_TALK.contains(t.substring(1)) ? 1 : s[12];
      }
    }
    for (Entity e : analysis.entities()) {
      if (e.type().equals("crime") || e.type().equals("agency")) {
        s[8] = 1;
      }
    }
    s[9] = Math.min(3, senses) / 3.0;
    s[10] = analysis.words() == 0 ? 1 : analysis.unknown() / (double) analysis.words();
    for (Entity e : analysis.entities()) {
      if (e.type().equals("urgency")) {
        s[11] = 1;
      }
    }
    return s;
  }
}
