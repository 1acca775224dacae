package uk.socguide.intents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain lexicon compiled for matching: every synonym normalised and stemmed exactly as
 * questions are, so "gangs", "Gang" and "gang's" all find the concept {@code gangs}. Immutable and
 * thread-safe.
 */
final class Lexicon {

  /** A concept found at token positions {@code [from, to)}. */
  record Match(LexiconEntry concept, int from, int to) {}

  private record Phrase(String[] stems, int concept) {}

  private final List<LexiconEntry> concepts;
  private final Map<String, Integer> typeIndex;
  private final Map<String, Phrase[]> byFirstStem;
  private final Set<String> words;

  private Lexicon(
      List<LexiconEntry> concepts,
      Map<String, Integer> typeIndex,
      Map<String, Phrase[]> byFirstStem,
      Set<String> words) {
    this.concepts = concepts;
    this.typeIndex = typeIndex;
    this.byFirstStem = byFirstStem;
    this.words = words;
  }

  static Lexicon compile(List<LexiconEntry> entries) {
    List<LexiconEntry> concepts = List.copyOf(entries);
    Map<String, Integer> typeIndex = new LinkedHashMap<>();
    Map<String, List<Phrase>> grouped = new HashMap<>();
    Set<String> words = new HashSet<>();
    for (int c = 0; c < concepts.size(); c++) {
      LexiconEntry entry = concepts.get(c);
      typeIndex.putIfAbsent(entry.type(), typeIndex.size());
      for (String synonym : entry.synonyms()) {
        List<Token> tokens = Normaliser.tokens(synonym);
        if (tokens.isEmpty()) {
          continue;
        }
        String[] stems = new String[tokens.size()];
        for (int i = 0; i < stems.length; i++) {
          words.add(tokens.get(i).text());
          stems[i] = Stems.of(tokens.get(i).text());
        }
        grouped.computeIfAbsent(stems[0], k -> new ArrayList<>()).add(new Phrase(stems, c));
      }
    }
    Map<String, Phrase[]> byFirstStem = new HashMap<>();
    grouped.forEach(
        (first, phrases) ->
            byFirstStem.put(
                first,
                phrases.stream()
                    .sorted(
                        Comparator.comparingInt((Phrase p) -> -p.stems().length)
                            .thenComparingInt(Phrase::concept))
                    .toArray(Phrase[]::new)));
    return new Lexicon(concepts, Map.copyOf(typeIndex), Map.copyOf(byFirstStem), Set.copyOf(words));
  }

  /** The words every synonym is made of, as normalised tokens (for spelling correction). */
  Set<String> words() {
    return words;
  }

  boolean isEmpty() {
    return concepts.isEmpty();
  }

  /**
   * The concepts named in a stemmed question, in order of position: within each entity type the
   * longest synonym wins and matches do not overlap, so "action fraud" is one agency, while an
   * agency and a nation may share words ("police scotland").
   */
  List<Match> find(String[] stems) {
    return find(stems, null);
  }

  /**
   * As {@link #find(String[])}, ignoring matches that include a position marked in {@code taken}.
   */
  List<Match> find(String[] stems, boolean[] taken) {
    if (concepts.isEmpty()) {
      return List.of();
    }
    int[] freeFrom = new int[typeIndex.size()];
    List<Match> found = new ArrayList<>(4);
    for (int i = 0; i < stems.length; i++) {
      Phrase[] phrases = byFirstStem.get(stems[i]);
      if (phrases == null) {
        continue;
      }
      for (Phrase p : phrases) {
        LexiconEntry concept = concepts.get(p.concept());
        int type = typeIndex.get(concept.type());
        if (i >= freeFrom[type]
            && startsAt(stems, i, p.stems())
            && (taken == null || free(taken, i, i + p.stems().length))) {
          found.add(new Match(concept, i, i + p.stems().length));
          freeFrom[type] = i + p.stems().length;
        }
      }
    }
    return found;
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int k = from; k < to; k++) {
      if (taken[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsAt(String[] stems, int at, String[] phrase) {
    if (at + phrase.length > stems.length) {
      return false;
    }
    for (int k = 1; k < phrase.length; k++) {
      if (!stems[at + k].equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }
}
