package uk.socguide.intents;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The model {@link IntentTrainer} builds. Immutable and thread-safe. */
final class TrainedIntentModel implements IntentModel {

  private static final Logger LOG = LoggerFactory.getLogger(TrainedIntentModel.class);
  static final int RANKING_SIZE = 10;

  private final Scorer scorer;
  private final List<String> intents;
  private final boolean[] outOfScope;
  private final DecisionRule rule;

  TrainedIntentModel(Scorer scorer, List<String> intents, boolean[] outOfScope, DecisionRule rule) {
    this.scorer = scorer;
    this.intents = intents;
    this.outOfScope = outOfScope;
    this.rule = rule;
  }

  double threshold() {
    return rule.threshold();
  }

  DecisionRule rule() {
    return rule;
  }

  List<String> intents() {
    return intents;
  }

  boolean isOutOfScopeIntent(String intent) {
    int i = intents.indexOf(intent);
    return i >= 0 && outOfScope[i];
  }

  @Override
  public Classification classify(String text) {
    if (text == null || text.length() > Normaliser.MAX_CHARS) {
      // nobody asks a question that long: the engine refuses such messages before they get here
      return new Classification(List.of(), List.of(), true, false);
    }
    try {
      Analysis analysis = scorer.analyser.analyse(text);
      if (analysis.words() == 0) {
        return new Classification(List.of(), analysis.entities(), true, false);
      }
      Scorer.Scored scored = scorer.score(analysis);
      DecisionRule.Decision decision = rule.decide(scored.scores(), scored.signals(), outOfScope);
      return new Classification(
          ranking(scored.scores(), decision),
          analysis.entities(),
          decision.outOfScope(),
          decision.clarify());
    } catch (RuntimeException e) {
      // the contract is never to throw for any text; the text itself is not logged (personal data)
      LOG.warn(
          "classification failed for a text of {} characters: {}",
          text == null ? 0 : text.length(),
          e.toString());
      return new Classification(List.of(), List.of(), true, false);
    }
  }

  /**
   * The best {@link #RANKING_SIZE} intents, best first; ties go to the earlier intent. When the
   * question is in scope, out-of-scope intents that scored above the answer are left out, so the
   * answer comes first.
   */
  private List<IntentScore> ranking(double[] scores, DecisionRule.Decision decision) {
    int n = Math.min(RANKING_SIZE, scores.length);
    int[] best = new int[n];
    int size = 0;
    for (int i = 0; i < scores.length; i++) {
      if (!decision.outOfScope()
          && decision.top() >= 0
          && outOfScope[i]
          && scores[i] > scores[decision.top()]) {
        continue;
      }
      int at = size;
      while (at > 0 && scores[i] > scores[best[at - 1]]) {
        at--;
      }
      if (at < n) {
        System.arraycopy(best, at, best, at + 1, Math.min(size, n - 1) - at);
        best[at] = i;
        size = Math.min(size + 1, n);
      }
    }
    List<IntentScore> out = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      out.add(new IntentScore(intents.get(best[k]), scores[best[k]]));
    }
    return out;
  }
}
