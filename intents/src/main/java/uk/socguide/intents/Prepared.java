package uk.socguide.intents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A training set read once: intents numbered in order of first appearance, and every example
 * analysed. Examples with no words at all ("?", an emoji) are left out. Immutable.
 */
final class Prepared {

  final List<String> intents;
  final boolean[] outOfScope;
  final Lexicon lexicon;
  final List<String> texts;
  final List<String[]> terms;
  final List<List<String>> words;
  final int[] labels;
  final Analyser analyser;

  private Prepared(
      List<String> intents,
      boolean[] outOfScope,
      Lexicon lexicon,
      List<String> texts,
      List<String[]> terms,
      List<List<String>> words,
      int[] labels,
      Analyser analyser) {
    this.intents = intents;
    this.outOfScope = outOfScope;
    this.lexicon = lexicon;
    this.texts = texts;
    this.terms = terms;
    this.words = words;
    this.labels = labels;
    this.analyser = analyser;
  }

  static Prepared of(TrainingSet set) {
    Lexicon lexicon = Lexicon.compile(set.lexicon());
    Map<String, Integer> intentIndex = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>();
    List<String[]> terms = new ArrayList<>();
    List<List<String>> words = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (TrainingExample example : set.examples()) {
      int label = intentIndex.computeIfAbsent(example.intent(), k -> intentIndex.size());
      List<String> exampleWords = Analyser.words(example.text());
      if (exampleWords.isEmpty()) {
        continue;
      }
      texts.add(example.text());
      words.add(exampleWords);
      labels.add(label);
    }
    Map<String, Integer> counts = new HashMap<>();
    words.forEach(ws -> ws.forEach(w -> counts.merge(w, 1, Integer::sum)));
    // examples are read as questions will be: with the vocabulary of all of them
    Analyser reader = Analyser.withVocabulary(lexicon, counts);
    for (String text : texts) {
      terms.add(reader.analyse(text).terms());
    }
    List<String> intents = List.copyOf(intentIndex.keySet());
    boolean[] outOfScope = new boolean[intents.size()];
    for (int i = 0; i < outOfScope.length; i++) {
      outOfScope[i] = set.outOfScopeIntents().contains(intents.get(i));
    }
    return new Prepared(
        intents,
        outOfScope,
        lexicon,
        List.copyOf(texts),
        List.copyOf(terms),
        List.copyOf(words),
        labels.stream().mapToInt(Integer::intValue).toArray(),
        reader);
  }

  int size() {
    return labels.length;
  }

  /** How often each word occurs in the given examples. */
  Map<String, Integer> vocabulary(int[] examples) {
    Map<String, Integer> counts = new HashMap<>();
    for (int e : examples) {
      for (String w : words.get(e)) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    return counts;
  }
}
