package uk.socguide.intents;

import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * English Snowball stems. OpenNLP's stemmer keeps its working buffer in the instance, so it is not
 * thread-safe: each thread gets its own.
 */
final class Stems {

  private static final ThreadLocal<SnowballStemmer> STEMMER =
      ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH));

  private Stems() {}

  /** The stem of a normalised word; words with digits and very short words are kept whole. */
  static String of(String word) {
    if (word.length() < 3 || !allLetters(word)) {
      return word;
    }
    return STEMMER.get().stem(word).toString();
  }

  static boolean allLetters(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
