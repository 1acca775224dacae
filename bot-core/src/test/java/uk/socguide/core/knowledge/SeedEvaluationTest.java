package uk.socguide.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.store.Database;
import uk.socguide.intents.Classification;
import uk.socguide.intents.EvaluationReport;
import uk.socguide.intents.Evaluator;
import uk.socguide.intents.Floors;
import uk.socguide.intents.IntentModel;
import uk.socguide.intents.IntentTrainer;
import uk.socguide.intents.TrainingSet;

/** Intent detection on the shipped seed content, loaded through the real content store. */
class SeedEvaluationTest {

  /**
   * The floors, the same ones {@code ./bot evaluate} applies: top-1 85%, out-of-scope
   * recall 85% and precision 90%, must-answer questions 90%. The full report is written to
   * target/seed-evaluation.md.
   */
  static final Floors SEED_FLOORS = Floors.defaults();

  private static ContentRelease seed;

  @BeforeAll
  static void loadSeed() {
    try (Database db = Database.inMemory("seed-evaluation-" + UUID.randomUUID())) {
      db.files().loadSeed();
      seed = db.content().published();
    }
  }

  @Test
  void theSeedTrainsOnEveryPublishedExample() {
    TrainingSet set = TrainingSets.of(seed);
    int examples = seed.topics().values().stream().mapToInt(t -> t.examples().size()).sum();
    assertThat(set.examples()).hasSize(examples);
    assertThat(set.outOfScopeIntents()).isNotEmpty().allMatch(id -> id.startsWith("oos."));
    assertThat(set.lexicon()).hasSize(seed.lexicon().size());
    assertThat(TrainingSets.mustAnswer(seed)).hasSize(seed.mustAnswer().size());
  }

  @Test
  void theSameReleaseGivesTheSameTrainingSet() {
    assertThat(TrainingSets.of(seed)).isEqualTo(TrainingSets.of(seed));
  }

  @Test
  void historicalBodiesResolveToTheirSuccessors() {
    IntentModel model = IntentTrainer.train(TrainingSets.of(seed));
    Classification c = model.classify("what happened to SOCA and Action Fraud?");
    assertThat(c.entities())
        .extracting(e -> e.type() + ":" + e.value())
        .contains("agency:nca", "agency:report-fraud");
    assertThat(model.classify("is the NPIA still going?").entities())
        .extracting(e -> e.type() + ":" + e.value())
        .contains("agency:nca");
    assertThat(model.classify("who took over from the old CEOP Centre").entities())
        .extracting(e -> e.type() + ":" + e.value())
        .as("the CEOP Centre became the NCA's CEOP command")
        .contains("agency:ceop");
  }

  @Test
  void crossValidationAndTheMustAnswerQuestionsMeetTheFloors() throws IOException {
    EvaluationReport report =
        Evaluator.evaluate(TrainingSets.of(seed), TrainingSets.mustAnswer(seed), 5);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "seed-evaluation.md"), report.toMarkdown());
    List<String> failures = SEED_FLOORS.failures(report);
    assertThat(failures).as(report.toTable()).isEmpty();
  }
}
