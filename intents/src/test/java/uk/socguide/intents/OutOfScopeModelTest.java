package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutOfScopeModelTest {

  /** In scope: a strong in-scope score and a named crime; out of scope: the other way round. */
  private static double[] signals(double inScope, double outOfScope, boolean namesACrime) {
    double[] s = new double[OutOfScopeModel.SIGNALS];
    s[0] = inScope;
    s[1] = outOfScope;
    s[2] = inScope;
    s[3] = outOfScope;
    s[8] = namesACrime ? 1 : 0;
    return s;
  }

  private static OutOfScopeModel fitted() {
    List<double[]> x = new ArrayList<>();
    boolean[] y = new boolean[40];
    for (int i = 0; i < 40; i++) {
      boolean out = i % 2 == 0;
      double jitter = (i % 5) * 0.02;
      x.add(
          out
              ? signals(0.2 + jitter, 0.6 - jitter, false)
              : signals(0.6 - jitter, 0.1 + jitter, true));
      y[i] = out;
    }
    return OutOfScopeModel.fit(x, y, Calibration.MIN);
  }

  @Test
  void aFittedModelRefusesWhatLooksLikeItsOutOfScopeExamplesOnly() {
    OutOfScopeModel m = fitted();
    assertThat(m.refuses(signals(0.25, 0.55, false))).isTrue();
    assertThat(m.refuses(signals(0.55, 0.15, true))).isFalse();
    assertThat(m.probability(signals(0.25, 0.55, false)))
        .isGreaterThan(m.probability(signals(0.55, 0.15, true)));
  }

  @Test
  void nothingIsAnsweredBelowTheFloor() {
    OutOfScopeModel m = fitted();
    assertThat(m.refuses(signals(Calibration.MIN / 2, 0, true))).isTrue();
    assertThat(m.refuses(signals(0, 0, true))).isTrue();
  }

  @Test
  void theSameHeldOutQuestionsGiveTheSameModel() {
    double[] probe = signals(0.4, 0.4, false);
    assertThat(fitted().probability(probe)).isEqualTo(fitted().probability(probe));
  }

  @Test
  void withoutDataToFitTheRuleIsTheThresholdAndTheBestIntent() {
    OutOfScopeModel m = OutOfScopeModel.thresholdOnly(0.3);
    assertThat(m.refuses(signals(0.5, 0.2, false))).isFalse();
    assertThat(m.refuses(signals(0.25, 0.1, true))).isTrue();
    assertThat(m.refuses(signals(0.5, 0.6, true))).isTrue();
  }

  @Test
  void anInScopeDecisionAnswersTheBestInScopeIntentEvenIfAnOutOfScopeOneScoredHigher() {
    OutOfScopeModel keep = OutOfScopeModel.thresholdOnly(0.1);
    DecisionRule rule = new DecisionRule(keep, 0, 0.99);
    boolean[] oos = {true, false, false};
    // the refusal saw in-scope evidence it trusts (say, a named crime) and kept the question
    DecisionRule.Decision d =
        rule.decide(new double[] {0.6, 0.5, 0.1}, signals(0.5, 0.2, true), oos);
    assertThat(d.outOfScope()).isFalse();
    assertThat(d.top()).isEqualTo(1);
    assertThat(d.second()).isEqualTo(2);
  }
}
