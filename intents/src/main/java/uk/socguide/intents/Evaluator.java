package uk.socguide.intents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Measures how well a training set teaches the model: stratified k-fold cross-validation of the
 * whole pipeline (each fold trains exactly as {@link IntentTrainer} does, its own threshold
 * calibration included) and the must-answer questions asked of a model trained on everything.
 */
public final class Evaluator {

  /** The label of every out-of-scope intent, and of questions below the threshold. */
  public static final String OUT_OF_SCOPE = "(out of scope)";

  private static final int MAX_CONFUSIONS = 15;

  private Evaluator() {}

  /**
   * @param folds folds of the cross-validation, at least 2
   */
  public static EvaluationReport evaluate(
      TrainingSet set, List<RegressionCase> mustAnswer, int folds) {
    return evaluate(set, mustAnswer, folds, TrainerSettings.defaults());
  }

  /**
   * As {@link #evaluate(TrainingSet, List, int)}, but asks the must-answer questions of a model the
   * caller has already trained on the whole set, rather than training that model again: for a
   * caller that needs it anyway (publishing puts it live). The report's {@code trainingMillis} is
   * 0: the caller timed its own training.
   *
   * @param trainedOnAll what {@link IntentTrainer#train(TrainingSet)} returned for {@code set}
   */
  public static EvaluationReport evaluate(
      TrainingSet set, List<RegressionCase> mustAnswer, int folds, IntentModel trainedOnAll) {
    if (trainedOnAll == null) {
      throw new IllegalArgumentException("give the model trained on the whole set");
    }
    return evaluate(set, mustAnswer, folds, TrainerSettings.defaults(), trainedOnAll);
  }

  static EvaluationReport evaluate(
      TrainingSet set, List<RegressionCase> mustAnswer, int folds, TrainerSettings settings) {
    return evaluate(set, mustAnswer, folds, settings, null);
  }

  /** With {@code trainedOnAll} null, trains the model on everything itself. */
  private static EvaluationReport evaluate(
      TrainingSet set,
      List<RegressionCase> mustAnswer,
      int folds,
      TrainerSettings settings,
      IntentModel trainedOnAll) {
    if (folds < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
    }
    Prepared prepared = Prepared.of(set);
    Set<String> oos = set.outOfScopeIntents();
    List<Prediction> predictions = new ArrayList<>();
    Folds split = Folds.stratified(prepared.labels, folds);
    for (int f = 0; f < folds; f++) {
      IntentModel model = IntentTrainer.train(subset(set, prepared, split.train(f)), settings);
      for (int e : split.test(f)) {
        String intent = prepared.intents.get(prepared.labels[e]);
        predictions.add(predict(model, prepared.texts.get(e), intent, oos));
      }
    }
    IntentModel full = trainedOnAll;
    long trainingMillis = 0;
    if (full == null) {
      long started = System.nanoTime();
      full = IntentTrainer.train(set, settings);
      trainingMillis = (System.nanoTime() - started) / 1_000_000;
    }
    List<Prediction> regression = new ArrayList<>();
    for (RegressionCase c : mustAnswer) {
      regression.add(predict(full, c.question(), c.expectedIntent(), oos));
    }
    double threshold = full instanceof TrainedIntentModel t ? t.threshold() : 0;
    return report(
        folds, prepared.intents.size(), predictions, regression, threshold, trainingMillis);
  }

  private static TrainingSet subset(TrainingSet set, Prepared prepared, int[] examples) {
    List<TrainingExample> chosen = new ArrayList<>(examples.length);
    for (int e : examples) {
      chosen.add(
          new TrainingExample(prepared.intents.get(prepared.labels[e]), prepared.texts.get(e)));
    }
    return new TrainingSet(chosen, set.lexicon(), set.outOfScopeIntents());
  }

  static Prediction predict(IntentModel model, String text, String intent, Set<String> oos) {
    Classification c = model.classify(text);
    String expected = oos.contains(intent) ? OUT_OF_SCOPE : intent;
    String predicted = c.outOfScope() || c.top().isEmpty() ? OUT_OF_SCOPE : c.top().get().intent();
    double score = c.top().map(IntentScore::score).orElse(0.0);
    List<String> top3 = new ArrayList<>();
    for (IntentScore s : c.ranking().subList(0, Math.min(3, c.ranking().size()))) {
      top3.add(oos.contains(s.intent()) ? OUT_OF_SCOPE : s.intent());
    }
    return new Prediction(text, expected, predicted, score, top3, c.needsClarification());
  }

  static EvaluationReport report(
      int folds,
      int intents,
      List<Prediction> predictions,
      List<Prediction> regression,
      double threshold,
      long trainingMillis) {
    int n = predictions.size();
    int top1 = 0;
    int top3 = 0;
    int clarified = 0;
    int rightAtOnce = 0;
    int oosTrue = 0;
    int oosPredicted = 0;
    int oosBoth = 0;
    Map<String, int[]> counts = new TreeMap<>(); // label -> {tp, fp, fn, support}
    Map<String, Integer> confusions = new LinkedHashMap<>();
    List<Prediction> misclassified = new ArrayList<>();
    for (Prediction p : predictions) {
      counts.computeIfAbsent(p.expected(), k -> new int[4])[3]++;
      boolean expectedOos = p.expected().equals(OUT_OF_SCOPE);
      boolean predictedOos = p.predicted().equals(OUT_OF_SCOPE);
      oosTrue += expectedOos ? 1 : 0;
      oosPredicted += predictedOos ? 1 : 0;
      oosBoth += expectedOos && predictedOos ? 1 : 0;
      clarified += p.clarify() ? 1 : 0;
      if (p.correct()) {
        top1++;
        rightAtOnce += p.clarify() ? 0 : 1;
        top3++;
        counts.get(p.expected())[0]++;
      } else {
        if (p.top3().contains(p.expected())) {
          top3++;
        }
        counts.computeIfAbsent(p.predicted(), k -> new int[4])[1]++;
        counts.get(p.expected())[2]++;
        confusions.merge(p.expected() + "\t" + p.predicted(), 1, Integer::sum);
        misclassified.add(p);
      }
    }
    List<EvaluationReport.IntentMetrics> perIntent = new ArrayList<>();
    counts.forEach(
        (label, c) -> {
          double precision = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
          double recall = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
          double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
          perIntent.add(new EvaluationReport.IntentMetrics(label, precision, recall, f1, c[3]));
        });
    perIntent.sort(
        Comparator.comparingDouble(EvaluationReport.IntentMetrics::f1)
            .thenComparing(EvaluationReport.IntentMetrics::intent));
    return new EvaluationReport(
        folds,
        n,
        intents,
        share(top1, n),
        share(top3, n),
        oosPredicted == 0 ? 1 : oosBoth / (double) oosPredicted,
        oosTrue == 0 ? 1 : oosBoth / (double) oosTrue,
        share(clarified, n),
        share(rightAtOnce, n),
        perIntent,
        topConfusions(confusions),
        misclassified,
        regression,
        threshold,
        trainingMillis);
  }

  private static List<EvaluationReport.Confusion> topConfusions(Map<String, Integer> confusions) {
    TreeSet<EvaluationReport.Confusion> sorted =
        new TreeSet<>(
            Comparator.comparingInt(EvaluationReport.Confusion::count)
                .reversed()
                .thenComparing(EvaluationReport.Confusion::expected)
                .thenComparing(EvaluationReport.Confusion::predicted));
    confusions.forEach(
        (pair, count) -> {
          String[] parts = pair.split("\t", 2);
          sorted.add(new EvaluationReport.Confusion(parts[0], parts[1], count));
        });
    return sorted.stream().limit(MAX_CONFUSIONS).toList();
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : part / (double) whole;
  }
}
