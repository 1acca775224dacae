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
  private final boolean[] outOfScope;
  private final TrainerSettings settings;

  /**
   * A question's scores.
   *
   * @param scores the blended score of every intent, by intent index
   * @param signals what {@link OutOfScopeModel} decides from
   */
  record Scored(double[] scores, double[] signals) {}

  private Scorer(
      Analyser analyser,
      MaxentClassifier maxent,
      Bm25Index examples,
      Bm25Index intents,
      int intentCount,
      boolean[] outOfScope,
      TrainerSettings settings) {
    this.analyser = analyser;
    this.maxent = maxent;
    this.examples = examples;
    this.intents = intents;
    this.intentCount = intentCount;
    this.outOfScope = outOfScope;
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
        set.outOfScope,
        settings);
  }

  Scored score(Analysis analysis) {
    if (analysis.terms().length == 0) {
      double[] none = new double[intentCount];
      return new Scored(
          none, OutOfScopeModel.signals(analysis, none, none, none, none, outOfScope));
    }
    double[] probabilities = maxent.probabilities(analysis.terms(), intentCount);
    double[] nearest = examples.similarity(analysis.terms());
    double[] whole = intents.similarity(analysis.terms());
    double[] blended = new double[intentCount];
    for (int i = 0; i < intentCount; i++) {
      blended[i] =
          settings.maxentWeight() * probabilities[i]
              + settings.exampleWeight() * nearest[i]
              + settings.intentWeight() * whole[i];
    }
    return new Scored(
        blended,
        OutOfScopeModel.signals(analysis, blended, probabilities, nearest, whole, outOfScope));
  }
}
