package uk.socguide.intents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * One feature per stem ({@code w=}), per lexicon concept ({@code c=}) and per sense ({@code s=}).
 * Public with a no-arg constructor because OpenNLP re-creates feature generators from their class
 * names.
 */
public final class WordFeatures implements FeatureGenerator {

  public WordFeatures() {}

  @Override
  public Collection<String> extractFeatures(String[] terms, Map<String, Object> extraInformation) {
    List<String> features = new ArrayList<>(terms.length);
    for (String t : terms) {
      if (t.startsWith(Analysis.CONCEPT_MARK)) {
        features.add("c=" + t.substring(1));
      } else if (t.startsWith(Senses.MARK)) {
        features.add("s=" + t.substring(1));
      } else {
        features.add("w=" + t);
      }
    }
    return features;
  }
}
