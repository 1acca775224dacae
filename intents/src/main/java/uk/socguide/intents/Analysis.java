package uk.socguide.intents;

import java.util.List;

/**
 * A question as the classifiers see it.
 *
 * @param terms stems in the order of the words, then one {@code #concept} term per lexicon match,
 *     then one {@code ~sense} term per {@link Senses} match
 * @param words how many word tokens the question had
 * @param unknown how many of them are neither known nor a correctable misspelling of a known word
 * @param entities the concepts found, with spans in the original text
 */
record Analysis(String[] terms, int words, int unknown, List<Entity> entities) {

  static final String CONCEPT_MARK = "#";

  /** A concept or sense term rather than a word's stem. */
  static boolean isMarked(String term) {
    return term.startsWith(CONCEPT_MARK) || term.startsWith(Senses.MARK);
  }
}
