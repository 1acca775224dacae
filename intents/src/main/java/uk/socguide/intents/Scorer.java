package uk.socguide.intents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores a question against every intent, each score in [0, 1]: a weighted blend of the
 * maximum-entropy probability, the BM25 similarity of the intent's nearest example, and the BM25
 * similarity of all the intent's examples taken as one document. The classifier ranks well when
 * wording varies; the retrievers are sure when a question is close to the examples and low when
 * most of the question is words no example uses, which is what the out-of-scope threshold needs.
 * Immutable and thread-safe.
 */
final class Scorer {

  final Analyser analyser;
  private final MaxentClassifier maxent;
  private final Bm25Index examples;
  private final Bm25Index intents;
  private final int intentCount;
  private final TrainerSettings settings;

  private Scorer(
      Analyser analyser,
      MaxentClassifier maxent,
      Bm25Index examples,
      Bm25Index intents,
      int intentCount,
      TrainerSettings settings) {
    this.analyser = analyser;
    this.maxent = maxent;
    this.examples = examples;
    this.intents = intents;
    this.intentCount = intentCount;
    this.settings = settings;
  }

  /** Trains on the given examples of a prepared set. */
  static Scorer train(Prepared set, int[] chosen, TrainerSettings settings) {
    int intentCount = set.intents.size();
    List<String[]> docs = new ArrayList<>(chosen.length);
    int[] labels = new int[chosen.length];
    List<List<String>> byIntent = new ArrayList<>();
    for (int i = 0; i < intentCount; i++) {
      byIntent.add(new ArrayList<>());
    }
    for (int i = 0; i < chosen.length; i++) {
      String[] terms = set.terms.get(chosen[i]);
      docs.add(terms);
      labels[i] = set.labels[chosen[i]];
      byIntent.get(labels[i]).addAll(Arrays.asList(terms));
    }
    List<String[]> intentDocs = new ArrayList<>(intentCount);
    int[] identity = new int[intentCount];
    for (int i = 0; i < intentCount; i++) {
      intentDocs.add(byIntent.get(i).toArray(String[]::new));
      identity[i] = i;
    }
    Analyser analyser =
        chosen.length == set.size()
            ? set.analyser
            : Analyser.withVocabulary(set.lexicon, set.vocabulary(chosen));
    return new Scorer(
        analyser,
        MaxentClassifier.train(docs, labels, set.intents, settings),
        Bm25Index.build(docs, labels, intentCount),
        Bm25Index.build(intentDocs, identity, intentCount),
        intentCount,
        settings);
  }

  double[] scores(Analysis analysis) {
    if (analysis.terms().length == 0) {
      return new double[intentCount];
    }
    double[] blended = maxent.probabilities(analysis.terms(), intentCount);
    double[] nearest = examples.similarity(analysis.terms());
    double[] whole = intents.similarity(analysis.terms());
    for (int i = 0; i < intentCount; i++) {
      blended[i] =
          settings.maxentWeight() * blended[i]
              + settings.exampleWeight() * nearest[i]
              + settings.intentWeight() * whole[i];
    }
    return blended;
  }
}
