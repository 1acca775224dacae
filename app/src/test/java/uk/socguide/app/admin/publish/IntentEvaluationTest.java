package uk.socguide.app.admin.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.testing.SampleContent;
import uk.socguide.core.knowledge.TrainingSets;
import uk.socguide.intents.Floors;
import uk.socguide.intents.IntentTrainer;

class IntentEvaluationTest {
  private final ContentRelease release =
      SampleContent.release(SampleContent.small().items().values().toArray());

  @Test
  void figuresAtOrAboveTheFloorsPass() {
    Evaluation e = new IntentEvaluation(new Floors(0, 0, 0, 0), 2).apply(release);
    assertThat(e.passed()).isTrue();
    assertThat(e.failures()).isEmpty();
    assertThat(e.floors()).isEqualTo(new Evaluation.Floors(0, 0, 0, 0));
    assertThat(e.top1()).isBetween(0.0, 1.0);
  }

  @Test
  void theModelPublishingTrainedIsTheOneTheMustAnswerQuestionsAreAskedOf() {
    IntentEvaluation evaluation = new IntentEvaluation(new Floors(0, 0, 0, 0), 2);

    Evaluation trainedHere = evaluation.apply(release);
    Evaluation given = evaluation.evaluate(release, IntentTrainer.train(TrainingSets.of(release)));

    assertThat(given).isEqualTo(trainedHere);
  }

  @Test
  void everyFloorNotReachedIsAReasonInWords() {
    Evaluation e = new IntentEvaluation(new Floors(1.01, 1.01, 1.01, 1.01), 2).apply(release);
    assertThat(e.passed()).isFalse();
    assertThat(e.failures())
        .hasSize(4)
        .allSatisfy(f -> assertThat(f).contains("is below the floor of 101.0%"));
  }
}
