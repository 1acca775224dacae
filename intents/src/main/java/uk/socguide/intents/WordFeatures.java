package uk.socguide.intents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * One feature per stem ({@code w=}), and {@link #MARKED_WEIGHT} per lexicon concept ({@code c=})
 * and per sense ({@code s=}): a concept or sense stands for a whole family of wordings, so it is
 * surer evidence than any one word (counted twice, cross-validated top-1 on the seed rose by about
 * one point; three times was no better). Public with a no-arg constructor because OpenNLP
 * re-creates feature generators from their class names.
 */
public final class WordFeatures implements FeatureGenerator {

  static final int MARKED_WEIGHT = 2;

  public WordFeatures() {}

  @Override
  public Collection<String> extractFeatures(String[] terms, Map<String, Object> extraInformation) {
    List<String> features = new ArrayList<>(terms.length + 4);
    for (String t : terms) {
      if (t.startsWith(Analysis.CONCEPT_MARK)) {
        repeat(features, "c=" + t.substring(1));
      } else if (t.startsWith(Senses.MARK)) {
        repeat(features, "s=" + t.substring(1));
      } else {
        features.add("w=" + t);
      }
    }
    return features;
  }

  private static void repeat(List<String> features, String feature) {
    for (int k = 0; k < MARKED_WEIGHT; k++) {
      features.add(feature);
    }
  }
}
