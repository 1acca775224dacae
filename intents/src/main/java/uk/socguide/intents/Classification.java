package uk.socguide.intents;

import java.util.List;
import java.util.Optional;

/**
 * What a question is about.
 *
 * @param ranking intents by descending score
 * @param entities concepts found, in order of appearance
 * @param outOfScope the question is not something the assistant answers (an out-of-scope intent
 *     ranked first, or the top score is below the model's threshold)
 * @param needsClarification the top intents are too close, or confidence too middling, to choose
 *     one
 */
public record Classification(
    List<IntentScore> ranking,
    List<Entity> entities,
    boolean outOfScope,
    boolean needsClarification) {

  public Classification {
    ranking = List.copyOf(ranking);
    entities = List.copyOf(entities);
  }

  public Optional<IntentScore> top() {
    return ranking.isEmpty() ? Optional.empty() : Optional.of(ranking.get(0));
  }
}
