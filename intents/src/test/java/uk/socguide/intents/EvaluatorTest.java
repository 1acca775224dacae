package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static EvaluationReport report;

  @BeforeAll
  static void evaluate() {
    report =
        Evaluator.evaluate(
            TinyData.set(),
            List.of(
                new RegressionCase("how do i report a scam", "report.fraud"),
                new RegressionCase("when are the bins emptied", TinyData.OOS),
                new RegressionCase("what happened to soca", "role.nca")),
            4);
  }

  @Test
  void crossValidatesEveryExampleOnce() {
    assertThat(report.folds()).isEqualTo(4);
    assertThat(report.examples()).isEqualTo(TinyData.set().examples().size());
    assertThat(report.intents()).isEqualTo(7);
    assertThat(report.top1()).isBetween(0.5, 1.0);
    assertThat(report.top3()).isGreaterThanOrEqualTo(report.top1());
    assertThat(report.misclassified())
        .hasSize((int) Math.round((1 - report.top1()) * report.examples()));
  }

  @Test
  void countsOutOfScopeIntentsAsOneLabel() {
    assertThat(report.perIntent())
        .extracting(EvaluationReport.IntentMetrics::intent)
        .contains(Evaluator.OUT_OF_SCOPE)
        .doesNotContain(TinyData.OOS);
    assertThat(report.oosRecall()).isBetween(0.0, 1.0);
    assertThat(report.oosPrecision()).isBetween(0.0, 1.0);
  }

  @Test
  void runsTheMustAnswerQuestionsOnAModelTrainedOnEverything() {
    assertThat(report.regression()).hasSize(3);
    assertThat(report.regression().get(0).correct()).isTrue();
    assertThat(report.regression().get(1).predicted()).isEqualTo(Evaluator.OUT_OF_SCOPE);
    assertThat(report.regression().get(2).correct()).isFalse();
    assertThat(report.regressionPassRate()).isEqualTo(2 / 3.0);
  }

  @Test
  void theMustAnswerQuestionsCanBeAskedOfTheCallersModelInsteadOfTrainingItAgain() {
    List<RegressionCase> cases =
        List.of(new RegressionCase("how do i report a scam", "report.fraud"));
    TrainingSet all = TinyData.set();
    TrainingSet withoutFraud =
        new TrainingSet(
            all.examples().stream().filter(e -> !e.intent().equals("report.fraud")).toList(),
            all.lexicon(),
            all.outOfScopeIntents());

    EvaluationReport same = Evaluator.evaluate(all, cases, 4, IntentTrainer.train(all));
    EvaluationReport other = Evaluator.evaluate(all, cases, 4, IntentTrainer.train(withoutFraud));

    assertThat(same.top1()).isEqualTo(report.top1());
    assertThat(same.regression()).containsExactly(report.regression().get(0));
    assertThat(other.top1()).as("cross-validation is unchanged").isEqualTo(report.top1());
    assertThat(other.regression().get(0).correct())
        .as("the questions went to the model given")
        .isFalse();
  }

  @Test
  void floorsSayWhichFloorFailed() {
    assertThat(new Floors(0, 0, 0, 0).failures(report)).isEmpty();
    List<String> failures = new Floors(0, 0, 0, 0.9).failures(report);
    assertThat(failures).containsExactly("must-answer pass rate 66.7% is below the floor of 90.0%");
    assertThat(new Floors(1.01, 0, 0, 0).failures(report))
        .singleElement()
        .asString()
        .startsWith("top-1 accuracy");
  }

  @Test
  void aRightTopIntentCountsForTopOneButOnlyUnaskedForRightAtOnce() {
    List<Prediction> predictions =
        List.of(
            new Prediction("a", "x", "x", 0.9, List.of("x"), false),
            new Prediction("b", "x", "x", 0.4, List.of("x", "y"), true),
            new Prediction("c", "y", "x", 0.5, List.of("x", "y"), true),
            new Prediction("d", "y", "y", 0.8, List.of("y"), false));

    EvaluationReport r = Evaluator.report(2, 2, predictions, List.of(), 0.1, 0);

    assertThat(r.top1()).isEqualTo(0.75);
    assertThat(r.clarificationRate()).isEqualTo(0.5);
    assertThat(r.rightAtOnce()).isEqualTo(0.5);
    assertThat(r.toTable()).contains("right without asking");
  }

  @Test
  void rendersATerminalTableAndMarkdown() {
    String table = report.toTable();
    assertThat(table)
        .contains(
            "top-1 accuracy",
            "out-of-scope recall",
            "Per intent",
            "Must-answer questions: 2 of 3 pass");
    assertThat(table).contains("FAIL \"what happened to soca\"");
    String markdown = report.toMarkdown();
    assertThat(markdown)
        .startsWith("# Intent evaluation")
        .contains("| intent | precision | recall | F1 | n |");
    assertThat(markdown).contains("| what happened to soca | role.nca |");
  }

  @Test
  void markdownCellsAreEscaped() {
    EvaluationReport withPipe =
        Evaluator.report(
            2,
            1,
            List.of(new Prediction("a | b", "x", "y", 0.5, List.of("y"), false)),
            List.of(),
            0.2,
            1);
    assertThat(withPipe.toMarkdown()).contains("| a \\| b | x | y | 0.50 |");
  }

  @Test
  void needsAtLeastTwoFolds() {
    assertThatThrownBy(() -> Evaluator.evaluate(TinyData.set(), List.of(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
