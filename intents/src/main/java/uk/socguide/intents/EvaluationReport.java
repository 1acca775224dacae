package uk.socguide.intents;

import java.util.List;

/**
 * The result of {@link Evaluator#evaluate}: cross-validated accuracy and the regression run. Labels
 * are intent ids, with every out-of-scope intent (and every question the model refuses) counted as
 * the one label {@link Evaluator#OUT_OF_SCOPE}.
 *
 * @param folds folds of the cross-validation
 * @param examples examples evaluated (each held out once)
 * @param intents intents in the training set, out-of-scope ones included
 * @param top1 share of examples whose label was predicted exactly, whether or not the model also
 *     asked for clarification (it offers the right topic first either way)
 * @param top3 share whose intent was among the three best (or, out of scope, was rejected)
 * @param oosPrecision of the questions rejected as out of scope, the share that were
 * @param oosRecall of the out-of-scope examples, the share rejected
 * @param clarificationRate share of examples on which the model asked for clarification
 * @param rightAtOnce share of examples answered with their label without asking first: what a user
 *     gets in one turn
 * @param perIntent precision, recall and F1 by label, worst F1 first
 * @param confusions the most frequent (expected, predicted) mistakes, most frequent first
 * @param misclassified every held-out example predicted wrongly
 * @param regression the must-answer questions, asked of a model trained on everything
 * @param threshold the best in-scope score under which the model trained on everything refuses a
 *     question whatever else it shows (its refusals above that floor come from {@code
 *     OutOfScopeModel}, fitted by cross-validation)
 * @param trainingMillis how long training on everything took
 */
public record EvaluationReport(
    int folds,
    int examples,
    int intents,
    double top1,
    double top3,
    double oosPrecision,
    double oosRecall,
    double clarificationRate,
    double rightAtOnce,
    List<IntentMetrics> perIntent,
    List<Confusion> confusions,
    List<Prediction> misclassified,
    List<Prediction> regression,
    double threshold,
    long trainingMillis) {

  public EvaluationReport {
    perIntent = List.copyOf(perIntent);
    confusions = List.copyOf(confusions);
    misclassified = List.copyOf(misclassified);
    regression = List.copyOf(regression);
  }

  /** Share of the must-answer questions that reached their intent; 1 when there are none. */
  public double regressionPassRate() {
    if (regression.isEmpty()) {
      return 1;
    }
    return regression.stream().filter(Prediction::correct).count() / (double) regression.size();
  }

  /** Plain-text tables for a terminal. */
  public String toTable() {
    return ReportFormat.table(this);
  }

  /** The same report as Markdown. */
  public String toMarkdown() {
    return ReportFormat.markdown(this);
  }

  /** Precision, recall and F1 of one label; {@code support} is how many examples have it. */
  public record IntentMetrics(
      String intent, double precision, double recall, double f1, int support) {}

  /** A mistake and how often it was made. */
  public record Confusion(String expected, String predicted, int count) {}
}
