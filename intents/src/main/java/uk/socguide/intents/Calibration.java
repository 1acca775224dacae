package uk.socguide.intents;

import java.util.List;

/**
 * Chooses the decision rule's numbers from cross-validated predictions on held-out examples.
 *
 * <p>The out-of-scope threshold separates in-scope questions from out-of-scope ones: it maximises
 * the held-out questions put on the right side (an in-scope question above it counts whether or not
 * its intent was right: a wrong intent is the clarification rule's business, not a reason to
 * refuse). It is clamped to [{@link #MIN}, {@link #MAX}].
 *
 * <p>The clarification level and ratio then maximise the value of what the user gets for in-scope
 * questions above the threshold: 1 for a right answer, 0.7 for a clarification that offers the
 * right intent among the top three, 0.2 for one that does not, 0 for a wrong answer.
 */
final class Calibration {

  static final double MIN = 0.05;
  static final double MAX = 0.6;
  private static final double[] RATIOS = {0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01};

  /**
   * One held-out question.
   *
   * @param expected its true intent
   * @param predicted the best intent
   * @param score the best intent's score
   * @param secondScore the runner-up's score
   * @param rankOfExpected the true intent's place in the ranking, 0 for first
   */
  record HeldOut(
      int expected, int predicted, double score, double secondScore, int rankOfExpected) {}

  private Calibration() {}

  static double threshold(List<HeldOut> results, boolean[] outOfScope, double fallback) {
    double[] candidates =
        results.stream().mapToDouble(HeldOut::score).distinct().sorted().toArray();
    if (candidates.length == 0) {
      return Math.max(MIN, Math.min(MAX, fallback));
    }
    double[] thresholds = new double[candidates.length + 1];
    for (int i = 1; i < thresholds.length; i++) {
      thresholds[i] =
          i < candidates.length
              ? (candidates[i - 1] + candidates[i]) / 2
              : candidates[i - 1] + 1e-6;
    }
    int bestFirst = 0;
    int bestLast = 0;
    int best = Integer.MIN_VALUE;
    for (int i = 0; i < thresholds.length; i++) {
      int u = separated(results, outOfScope, thresholds[i]);
      if (u > best) {
        best = u;
        bestFirst = i;
        bestLast = i;
      } else if (u == best && bestLast == i - 1) {
        bestLast = i;
      }
    }
    double chosen = (thresholds[bestFirst] + thresholds[bestLast]) / 2;
    return Math.max(MIN, Math.min(MAX, chosen));
  }

  /** Held-out questions on the right side of the threshold. */
  static int separated(List<HeldOut> results, boolean[] outOfScope, double threshold) {
    int total = 0;
    for (HeldOut r : results) {
      boolean rejected = outOfScope[r.predicted()] || r.score() < threshold;
      total += rejected == outOfScope[r.expected()] ? 1 : 0;
    }
    return total;
  }

  /** The clarification rule that serves in-scope questions above the threshold best. */
  static DecisionRule rule(List<HeldOut> results, boolean[] outOfScope, double threshold) {
    List<HeldOut> answered =
        results.stream()
            .filter(r -> !outOfScope[r.expected()] && !outOfScope[r.predicted()])
            .filter(r -> r.score() >= threshold)
            .toList();
    double[] levels = answered.stream().mapToDouble(HeldOut::score).distinct().sorted().toArray();
    double bestValue = Double.NEGATIVE_INFINITY;
    double bestLevel = threshold;
    double bestRatio = RATIOS[RATIOS.length - 1];
    for (double ratio : RATIOS) {
      for (int i = -1; i < levels.length; i++) {
        double level = i < 0 ? threshold : levels[i] + 1e-9;
        double v = value(answered, level, ratio);
        if (v > bestValue + 1e-9) {
          bestValue = v;
          bestLevel = level;
          bestRatio = ratio;
        }
      }
    }
    return new DecisionRule(threshold, Math.max(threshold, bestLevel), bestRatio);
  }

  static double value(List<HeldOut> answered, double level, double ratio) {
    double total = 0;
    for (HeldOut r : answered) {
      boolean clarify = r.score() < level || r.secondScore() >= ratio * r.score();
      if (clarify) {
        total += r.rankOfExpected() < 3 ? 0.7 : 0.2;
      } else {
        total += r.predicted() == r.expected() ? 1 : 0;
      }
    }
    return total;
  }
}
