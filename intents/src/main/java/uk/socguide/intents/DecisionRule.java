package uk.socguide.intents;

/**
 * Turns blended scores into a decision. All three numbers are chosen by cross-validation when a
 * model trains (see {@link Calibration}).
 *
 * <ul>
 *   <li>Out of scope: the best intent is an out-of-scope intent, or its score is below {@code
 *       threshold}.
 *   <li>Needs clarification (only when in scope): the best score is below {@code clarifyBelow}
 *       (middling confidence), or the runner-up scores at least {@code closeRatio} of the best (the
 *       top two are close).
 * </ul>
 */
record DecisionRule(double threshold, double clarifyBelow, double closeRatio) {

  Decision decide(double[] scores, boolean[] outOfScope) {
    int top = -1;
    int second = -1;
    for (int i = 0; i < scores.length; i++) {
      if (top < 0 || scores[i] > scores[top]) {
        second = top;
        top = i;
      } else if (second < 0 || scores[i] > scores[second]) {
        second = i;
      }
    }
    if (top < 0) {
      return new Decision(-1, -1, 0, 0, true, false);
    }
    double best = scores[top];
    double runnerUp = second < 0 ? 0 : scores[second];
    boolean oos = outOfScope[top] || best < threshold || best <= 0;
    boolean clarify = !oos && (best < clarifyBelow || runnerUp >= closeRatio * best);
    return new Decision(top, second, best, runnerUp, oos, clarify);
  }

  /** A decision on one question: intent indexes, -1 when there is none. */
  record Decision(
      int top,
      int second,
      double topScore,
      double secondScore,
      boolean outOfScope,
      boolean clarify) {}
}
