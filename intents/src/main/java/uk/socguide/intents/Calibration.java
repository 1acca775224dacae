package uk.socguide.intents;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the decision rule from cross-validated predictions on held-out examples.
 *
 * <p>First the {@link OutOfScopeModel} is fitted to the held-out questions' signals, to tell the
 * in-scope ones (small talk included) from the out-of-scope ones. A refused in-scope question is a
 * miss whether or not the classifier had its intent right: a wrong intent is the clarification
 * rule's business, not a reason to refuse. With too few examples on either side to fit it ({@link
 * #MIN_TO_FIT}), the rule is a plain threshold chosen to put the most held-out questions on the
 * right side.
 *
 * <p>Then the clarification level and ratio maximise the value of what the user gets for the
 * in-scope questions that are not refused: 1 for a right answer, 0.7 for a clarification that
 * offers the right intent among the top three, 0.2 for one that does not, 0 for a wrong answer.
 */
final class Calibration {

  /** Below this score nothing is answered, whatever the other signals say. */
  static final double MIN = 0.05;

  /** The highest threshold a plain threshold rule may choose. */
  static final double MAX = 0.6;

  /**
   * Fewer held-out out-of-scope (or in-scope) questions than this are too few to fit {@link
   * OutOfScopeModel}'s weights: the rule is then a plain threshold on the best score.
   */
  static final int MIN_TO_FIT = 50;

  private static final double[] RATIOS = {0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01};

  /**
   * One held-out question.
   *
   * @param expected its true intent
   * @param scores the blended score of every intent
   * @param signals its {@link OutOfScopeModel#signals}
   */
  record HeldOut(int expected, double[] scores, double[] signals) {}

  /** A held-out in-scope question that was answered. */
  record Answered(
      int expected, int predicted, double score, double secondScore, int rankOfExpected) {}

  private Calibration() {}

  /** Whether a training set has enough examples on each side to fit {@link OutOfScopeModel}. */
  static boolean canFit(int[] labels, boolean[] outOfScope) {
    int out = 0;
    for (int label : labels) {
      out += outOfScope[label] ? 1 : 0;
    }
    return out >= MIN_TO_FIT && labels.length - out >= MIN_TO_FIT;
  }

  static DecisionRule rule(List<HeldOut> results, boolean[] outOfScope) {
    List<double[]> signals = new ArrayList<>(results.size());
    boolean[] refuse = new boolean[results.size()];
    int[] labels = new int[results.size()];
    for (int e = 0; e < results.size(); e++) {
      signals.add(results.get(e).signals());
      labels[e] = results.get(e).expected();
      refuse[e] = outOfScope[labels[e]];
    }
    OutOfScopeModel refusal =
        canFit(labels, outOfScope)
            ? OutOfScopeModel.fit(signals, refuse, MIN)
            : OutOfScopeModel.thresholdOnly(threshold(signals, refuse));
    DecisionRule deciding = new DecisionRule(refusal, 0, Double.MAX_VALUE);
    List<Answered> answered = new ArrayList<>();
    for (HeldOut r : results) {
      if (outOfScope[r.expected()]) {
        continue;
      }
      DecisionRule.Decision d = deciding.decide(r.scores(), r.signals(), outOfScope);
      if (d.outOfScope()) {
        continue;
      }
      int rank = 0;
      for (int i = 0; i < r.scores().length; i++) {
        rank += !outOfScope[i] && r.scores()[i] > r.scores()[r.expected()] ? 1 : 0;
      }
      answered.add(new Answered(r.expected(), d.top(), d.topScore(), d.secondScore(), rank));
    }
    return clarification(answered, refusal);
  }

  /**
   * The threshold of a plain rule (out of scope when an out-of-scope intent scores best or the best
   * score is under the threshold) that puts the most held-out questions on the right side; the
   * middle of the best stretch, clamped to [{@link #MIN}, {@link #MAX}].
   */
  static double threshold(List<double[]> signals, boolean[] outOfScope) {
    double[] candidates =
        signals.stream().mapToDouble(s -> Math.max(s[0], s[1])).distinct().sorted().toArray();
    if (candidates.length == 0) {
      return MIN;
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
      int separated = 0;
      for (int e = 0; e < signals.size(); e++) {
        double[] s = signals.get(e);
        boolean refused = s[1] >= s[0] || s[0] < thresholds[i];
        separated += refused == outOfScope[e] ? 1 : 0;
      }
      if (separated > best) {
        best = separated;
        bestFirst = i;
        bestLast = i;
      } else if (separated == best && bestLast == i - 1) {
        bestLast = i;
      }
    }
    double chosen = (thresholds[bestFirst] + thresholds[bestLast]) / 2;
    return Math.max(MIN, Math.min(MAX, chosen));
  }

  /** The clarification rule that serves the answered in-scope questions best. */
  static DecisionRule clarification(List<Answered> answered, OutOfScopeModel refusal) {
    double[] levels = answered.stream().mapToDouble(Answered::score).distinct().sorted().toArray();
    double bestValue = Double.NEGATIVE_INFINITY;
    double bestLevel = 0;
    double bestRatio = RATIOS[RATIOS.length - 1];
    for (double ratio : RATIOS) {
      for (int i = -1; i < levels.length; i++) {
        double level = i < 0 ? 0 : levels[i] + 1e-9;
        double v = value(answered, level, ratio);
        if (v > bestValue + 1e-9) {
          bestValue = v;
          bestLevel = level;
          bestRatio = ratio;
        }
      }
    }
    return new DecisionRule(refusal, bestLevel, bestRatio);
  }

  static double value(List<Answered> answered, double level, double ratio) {
    double total = 0;
    for (Answered d : answered) {
      boolean clarify = d.score() < level || d.secondScore() >= ratio * d.score();
      if (clarify) {
        total += d.rankOfExpected() < 3 ? 0.7 : 0.2;
      } else {
        total += d.predicted() == d.expected() ? 1 : 0;
      }
    }
    return total;
  }
}
