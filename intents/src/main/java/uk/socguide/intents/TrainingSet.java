package uk.socguide.intents;

import java.util.List;
import java.util.Set;

/**
 * Everything a model is trained from.
 *
 * @param outOfScopeIntents the intents whose examples are things the assistant does not answer; a
 *     question ranked first to one of them is out of scope
 */
public record TrainingSet(
    List<TrainingExample> examples, List<LexiconEntry> lexicon, Set<String> outOfScopeIntents) {

  public TrainingSet {
    examples = List.copyOf(examples);
    lexicon = List.copyOf(lexicon);
    outOfScopeIntents = Set.copyOf(outOfScopeIntents);
  }
}
