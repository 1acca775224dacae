package uk.socguide.intents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * One feature per pair of neighbouring stems ({@code b=}), so "report fraud" and "fraud report"
 * differ. Public with a no-arg constructor because OpenNLP re-creates feature generators from their
 * class names.
 */
public final class BigramFeatures implements FeatureGenerator {

  public BigramFeatures() {}

  @Override
  public Collection<String> extractFeatures(String[] terms, Map<String, Object> extraInformation) {
    List<String> features = new ArrayList<>(terms.length);
    for (int i = 1; i < terms.length && !Analysis.isMarked(terms[i]); i++) {
      features.add("b=" + terms[i - 1] + '_' + terms[i]);
    }
    return features;
  }
}
