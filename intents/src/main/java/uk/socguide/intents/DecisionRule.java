package uk.socguide.intents;

/**
 * Turns a question's scores into a decision. Its numbers are chosen by cross-validation when a
 * model trains (see {@link Calibration}).
 *
 * <ul>
 *   <li>Out of scope: {@code refusal} says so (see {@link OutOfScopeModel}).
 *   <li>Otherwise the answer is the best in-scope intent, and it needs clarification when its score
 *       is below {@code clarifyBelow} (middling confidence) or the runner-up scores at least {@code
 *       closeRatio} of it (the top two are close). An out-of-scope intent that scored higher than
 *       the answer does not count as a runner-up: the question was judged in scope.
 * </ul>
 */
record DecisionRule(OutOfScopeModel refusal, double clarifyBelow, double closeRatio) {

  double threshold() {
    return refusal.threshold();
  }

  Decision decide(double[] scores, double[] signals, boolean[] outOfScope) {
    boolean refused = refusal.refuses(signals);
    int top = -1;
    for (int i = 0; i < scores.length; i++) {
      if ((refused || !outOfScope[i]) && (top < 0 || scores[i] > scores[top])) {
        top = i;
      }
    }
    if (top < 0) {
      return new Decision(-1, -1, 0, 0, true, false);
    }
    int second = -1;
    for (int i = 0; i < scores.length; i++) {
      if (i != top && scores[i] <= scores[top] && (second < 0 || scores[i] > scores[second])) {
        second = i;
      }
    }
    double best = scores[top];
    double runnerUp = second < 0 ? 0 : scores[second];
    boolean clarify = !refused && (best < clarifyBelow || runnerUp >= closeRatio * best);
    return new Decision(top, second, best, runnerUp, refused, clarify);
  }

  /**
   * A decision on one question.
   *
   * @param top the answer when in scope, else the best intent of all; -1 when there is none
   * @param second the runner-up, -1 when there is none
   */
  record Decision(
      int top,
      int second,
      double topScore,
      double secondScore,
      boolean outOfScope,
      boolean clarify) {}
}
