package uk.socguide.app.admin.publish;

import java.util.ArrayList;
import java.util.List;
import uk.socguide.content.ContentRelease;
import uk.socguide.core.knowledge.TrainingSets;
import uk.socguide.intents.EvaluationReport;
import uk.socguide.intents.Evaluator;
import uk.socguide.intents.Floors;
import uk.socguide.intents.IntentModel;
import uk.socguide.intents.Prediction;

/**
 * Evaluates intent detection trained on a candidate release as {@code ./bot evaluate} does:
 * stratified k-fold cross-validation and the must-answer questions asked of a model trained on all
 * of it, against the configured floors.
 */
public final class IntentEvaluation implements LivePublishing.Evaluate<IntentModel> {
  private static final int MAX_MISSED = 50;

  private final Floors floors;
  private final int folds;

  public IntentEvaluation(Floors floors, int folds) {
    this.floors = floors;
    this.folds = folds;
  }

  /** Trains the model on the whole candidate itself, for a caller that has none. */
  public Evaluation apply(ContentRelease candidate) {
    return evaluation(
        Evaluator.evaluate(TrainingSets.of(candidate), TrainingSets.mustAnswer(candidate), folds));
  }

  /**
   * @param trainedOnAll the model trained on the whole candidate, which publishing puts live: the
   *     must-answer questions are asked of it rather than of a second one trained the same way
   */
  @Override
  public Evaluation evaluate(ContentRelease candidate, IntentModel trainedOnAll) {
    return evaluation(
        Evaluator.evaluate(
            TrainingSets.of(candidate), TrainingSets.mustAnswer(candidate), folds, trainedOnAll));
  }

  private Evaluation evaluation(EvaluationReport report) {
    List<String> missed = new ArrayList<>();
    for (Prediction p : report.regression()) {
      if (!p.correct() && missed.size() < MAX_MISSED) {
        missed.add(
            "\u201c" + p.text() + "\u201d went to " + p.predicted() + ", not " + p.expected());
      }
    }
    return new Evaluation(
        report.top1(),
        report.oosRecall(),
        report.oosPrecision(),
        report.regressionPassRate(),
        new Evaluation.Floors(
            floors.top1(), floors.oosRecall(), floors.oosPrecision(), floors.regressionPassRate()),
        floors.failures(report),
        missed);
  }
}
