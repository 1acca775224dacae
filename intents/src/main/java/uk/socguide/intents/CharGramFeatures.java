package uk.socguide.intents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character n-grams ({@code g=}) of each stem of {@link #MIN_LENGTH} letters or more, padded with
 * word boundaries, from {@link #MIN_N} to {@link #MAX_N} characters long. They let related and
 * unseen word forms share evidence ("exploit", "exploitation", "exploiters"). Public with a no-arg
 * constructor because OpenNLP re-creates feature generators from their class names, so the lengths
 * are constants rather than constructor arguments.
 */
public final class CharGramFeatures implements FeatureGenerator {

  static final int MIN_N = 3;
  static final int MAX_N = 5;
  static final int MIN_LENGTH = 4;

  public CharGramFeatures() {}

  @Override
  public Collection<String> extractFeatures(String[] terms, Map<String, Object> extraInformation) {
    List<String> features = new ArrayList<>(terms.length * 12);
    StringBuilder padded = new StringBuilder(Normaliser.MAX_TOKEN_LENGTH + 2);
    for (String t : terms) {
      if (Analysis.isMarked(t) || t.length() < MIN_LENGTH || !Stems.allLetters(t)) {
        continue;
      }
      padded.setLength(0);
      padded.append('<').append(t).append('>');
      for (int n = MIN_N; n <= MAX_N; n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          features.add("g=" + padded.substring(i, i + n));
        }
      }
    }
    return features;
  }
}
