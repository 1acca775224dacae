package uk.socguide.intents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pipeline from raw text to {@link Analysis}: normalise and tokenise, correct misspellings of
 * known words, stem, then find lexicon concepts. Training examples and questions go through the
 * same code, so a model sees questions exactly as it saw its examples. Immutable and thread-safe.
 */
final class Analyser {

  private static final Lexicon SENSES = Lexicon.compile(Senses.ALL);

  private final Lexicon lexicon;
  private final Map<String, String> knownStems;
  private final Set<String> stemVocabulary;
  private final SpellingCorrector corrector;

  private Analyser(
      Lexicon lexicon,
      Map<String, String> knownStems,
      Set<String> stemVocabulary,
      SpellingCorrector corrector) {
    this.lexicon = lexicon;
    this.knownStems = knownStems;
    this.stemVocabulary = stemVocabulary;
    this.corrector = corrector;
  }

  /** An analyser that knows only the lexicon: used to read the training examples themselves. */
  static Analyser forTraining(Lexicon lexicon) {
    return new Analyser(lexicon, Map.of(), Set.of(), null);
  }

  /**
   * An analyser whose vocabulary is the words of the training examples and of the lexicon; unknown
   * words are corrected against it. A word seen only once that is a close misspelling of a word
   * seen more often (or of a lexicon word) is left out of the vocabulary, so the examples' own
   * typos ("reprot") are read as the word they meant, just as questions are.
   */
  static Analyser withVocabulary(Lexicon lexicon, Map<String, Integer> exampleWords) {
    Map<String, Integer> trusted = new HashMap<>();
    List<String> singletons = new ArrayList<>();
    exampleWords.forEach(
        (w, count) -> {
          if (count >= 2
              || lexicon.words().contains(w)
              || w.length() < SpellingCorrector.MIN_LENGTH
              || !Stems.allLetters(w)) {
            trusted.put(w, count);
          } else {
            singletons.add(w);
          }
        });
    for (String w : lexicon.words()) {
      trusted.merge(w, 1, Integer::sum);
    }
    Map<String, Integer> vocabulary = new HashMap<>(trusted);
    if (!singletons.isEmpty()) {
      SpellingCorrector strict = new SpellingCorrector(trusted, lexicon.words());
      Set<String> trustedStems = new HashSet<>();
      trusted.keySet().forEach(w -> trustedStems.add(Stems.of(w)));
      for (String w : singletons) {
        if (trustedStems.contains(Stems.of(w)) || strict.correct(w) == null) {
          vocabulary.put(w, 1);
        }
      }
    }
    Map<String, String> stems = new HashMap<>();
    for (String w : vocabulary.keySet()) {
      stems.put(w, Stems.of(w));
    }
    return new Analyser(
        lexicon,
        Map.copyOf(stems),
        Set.copyOf(stems.values()),
        new SpellingCorrector(vocabulary, lexicon.words()));
  }

  /** The normalised words of a text, for building the vocabulary. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : Normaliser.tokens(text)) {
      out.add(t.text());
    }
    return out;
  }

  Analysis analyse(String text) {
    List<Token> tokens = Normaliser.tokens(text);
    String[] stems = new String[tokens.size()];
    int unknown = 0;
    for (int i = 0; i < stems.length; i++) {
      String word = tokens.get(i).text();
      String stem = knownStems.get(word);
      if (stem == null) {
        stem = Stems.of(word);
        if (corrector != null && !stemVocabulary.contains(stem)) {
          String corrected = corrector.correct(word);
          if (corrected != null) {
            stem = knownStems.get(corrected);
          } else {
            unknown++;
          }
        }
      }
      stems[i] = stem;
    }
    List<Lexicon.Match> matches = lexicon.find(stems);
    boolean[] taken = new boolean[stems.length];
    for (Lexicon.Match m : matches) {
      for (int k = m.from(); k < m.to(); k++) {
        taken[k] = true;
      }
    }
    List<Lexicon.Match> senses = new ArrayList<>(SENSES.find(stems, taken));
    senses.removeIf(
        m ->
            Senses.AT_THE_EDGES.contains(m.concept().concept())
                && m.from() > Senses.EDGE
                && m.to() < stems.length - Senses.EDGE);
    String[] terms = new String[stems.length + matches.size() + senses.size()];
    System.arraycopy(stems, 0, terms, 0, stems.length);
    List<Entity> entities = new ArrayList<>(matches.size());
    for (int m = 0; m < matches.size(); m++) {
      Lexicon.Match match = matches.get(m);
      LexiconEntry concept = match.concept();
      terms[stems.length + m] = Analysis.CONCEPT_MARK + concept.concept();
      int start = tokens.get(match.from()).start();
      int end = tokens.get(match.to() - 1).end();
      String value = concept.successor() != null ? concept.successor() : concept.concept();
      entities.add(new Entity(concept.type(), value, text.substring(start, end), start, end));
    }
    for (int m = 0; m < senses.size(); m++) {
      terms[stems.length + matches.size() + m] = Senses.MARK + senses.get(m).concept().concept();
    }
    return new Analysis(terms, stems.length, unknown, entities);
  }
}
