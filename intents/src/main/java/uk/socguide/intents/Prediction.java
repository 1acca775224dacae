package uk.socguide.intents;

import java.util.List;

/**
 * What a model made of one question whose intent is known.
 *
 * @param text the question
 * @param expected its true label: an intent id, or {@link Evaluator#OUT_OF_SCOPE}
 * @param predicted the model's label: the top intent, or {@link Evaluator#OUT_OF_SCOPE}
 * @param score the top intent's score
 * @param top3 the three best intents, best first
 * @param clarify the model asked for clarification
 */
public record Prediction(
    String text,
    String expected,
    String predicted,
    double score,
    List<String> top3,
    boolean clarify) {

  public Prediction {
    top3 = List.copyOf(top3);
  }

  public boolean correct() {
    return expected.equals(predicted);
  }
}
