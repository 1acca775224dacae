package uk.socguide.intents;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the decision rule from cross-validated predictions on held-out examples.
 *
 * <p>First the {@link OutOfScopeModel} is fitted to the held-out questions' signals, to tell the
 * in-scope ones (small talk included) from the out-of-scope ones. A refused in-scope question is a
 * miss whether or not the classifier had its intent right: a wrong intent is the clarification
 * rule's business, not a reason to refuse.
 *
 * <p>Then the clarification level and ratio maximise the value of what the user gets for the
 * in-scope questions that are not refused: 1 for a right answer, 0.7 for a clarification that
 * offers the right intent among the top three, 0.2 for one that does not, 0 for a wrong answer.
 */
final class Calibration {

  /** Below this score nothing is answered, whatever the other signals say. */
  static final double MIN = 0.05;

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

  static DecisionRule rule(List<HeldOut> results, boolean[] outOfScope) {
    List<double[]> signals = new ArrayList<>(results.size());
    boolean[] refuse = new boolean[results.size()];
    for (int e = 0; e < results.size(); e++) {
      signals.add(results.get(e).signals());
      refuse[e] = outOfScope[results.get(e).expected()];
    }
    OutOfScopeModel refusal = OutOfScopeModel.fit(signals, refuse, MIN);
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
