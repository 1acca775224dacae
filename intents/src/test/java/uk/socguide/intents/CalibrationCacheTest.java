package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationCacheTest {
  private static final List<String> QUESTIONS =
      List.of(
          "How do I report fraud?",
          "what does the nca do",
          "when do the bins get collected",
          "i think the car wash workers are trafficked",
          "qwzx vlorp");

  @TempDir Path dir;

  @Test
  void aModelTrainedWithKeptCalibrationAnswersExactlyAsOneTrainedWithout() throws IOException {
    CalibrationCache cache = CalibrationCache.inFolder(dir);
    IntentModel plain = IntentTrainer.train(TinyData.set());

    IntentModel first = IntentTrainer.train(TinyData.set(), cache);
    IntentModel second = IntentTrainer.train(TinyData.set(), cache);

    assertThat(rules()).hasSize(1);
    for (String q : QUESTIONS) {
      assertThat(first.classify(q)).as(q).isEqualTo(plain.classify(q));
      assertThat(second.classify(q)).as(q).isEqualTo(plain.classify(q));
    }
  }

  @Test
  void theKeptRuleIsWhatASecondTrainingUses() throws IOException {
    CalibrationCache cache = CalibrationCache.inFolder(dir);
    IntentTrainer.train(TinyData.set(), cache);
    assertThat(IntentTrainer.train(TinyData.set(), cache).classify("How do I report fraud?"))
        .extracting(Classification::outOfScope)
        .isEqualTo(false);

    // a rule that refuses everything, saved under the same key, proves it is read, not recomputed
    Path rule = rules().get(0);
    Files.writeString(
        rule,
        CalibrationCache.format(new DecisionRule(OutOfScopeModel.thresholdOnly(1.01), 1.01, 0.9)));

    assertThat(IntentTrainer.train(TinyData.set(), cache).classify("How do I report fraud?"))
        .extracting(Classification::outOfScope)
        .isEqualTo(true);
  }

  @Test
  void anyChangeToTheTrainingSetOrSettingsIsADifferentKey() {
    TrainingSet set = TinyData.set();
    List<TrainingExample> more = new ArrayList<>(set.examples());
    more.add(new TrainingExample("report.fraud", "scam letters to pensioners"));
    TrainingSet changed = new TrainingSet(more, set.lexicon(), set.outOfScopeIntents());
    TrainerSettings d = TrainerSettings.defaults();
    TrainerSettings moreIterations =
        new TrainerSettings(
            d.iterations() + 1,
            d.calibrationFolds(),
            d.maxentWeight(),
            d.exampleWeight(),
            d.intentWeight(),
            d.defaultThreshold(),
            d.bigrams(),
            d.charGrams(),
            d.parallelism());
    TrainerSettings otherThreads =
        new TrainerSettings(
            d.iterations(),
            d.calibrationFolds(),
            d.maxentWeight(),
            d.exampleWeight(),
            d.intentWeight(),
            d.defaultThreshold(),
            d.bigrams(),
            d.charGrams(),
            d.parallelism() + 3);

    String key = CalibrationCache.key(set, d);

    assertThat(CalibrationCache.key(TinyData.set(), d)).isEqualTo(key);
    assertThat(CalibrationCache.key(changed, d)).isNotEqualTo(key);
    assertThat(CalibrationCache.key(set, moreIterations)).isNotEqualTo(key);
    assertThat(CalibrationCache.key(set, otherThreads))
        .as("threads change how fast, not what")
        .isEqualTo(key);
  }

  @Test
  void aDamagedOrForeignFileMeansCalibratingAgain() throws IOException {
    CalibrationCache cache = CalibrationCache.inFolder(dir);
    IntentModel plain = IntentTrainer.train(TinyData.set());
    IntentTrainer.train(TinyData.set(), cache);
    Path rule = rules().get(0);

    for (String damage :
        List.of("", "soc-guide calibration 1\nthreshold x\n", "weights 1,2\n", "\u0000\u0001")) {
      Files.writeString(rule, damage);
      IntentModel retrained = IntentTrainer.train(TinyData.set(), cache);
      assertThat(retrained.classify("How do I report fraud?"))
          .isEqualTo(plain.classify("How do I report fraud?"));
      assertThat(Files.readString(rule)).as("rewritten").startsWith("soc-guide calibration 1");
    }
  }

  @Test
  void fittedAndThresholdRulesSurviveTheRoundTripExactly() {
    double[] weights = new double[OutOfScopeModel.SIGNALS + 1];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = Math.PI * (i - 6) / 7.0;
    }
    DecisionRule fitted = new DecisionRule(OutOfScopeModel.withWeights(weights, 0.05), 0.3, 0.85);
    DecisionRule plain = new DecisionRule(OutOfScopeModel.thresholdOnly(0.2573), 0.31877, 0.9);

    DecisionRule fittedAgain =
        CalibrationCache.parse(CalibrationCache.format(fitted).lines().toList());
    DecisionRule plainAgain =
        CalibrationCache.parse(CalibrationCache.format(plain).lines().toList());

    assertThat(fittedAgain.refusal().weights()).containsExactly(weights);
    assertThat(fittedAgain.threshold()).isEqualTo(0.05);
    assertThat(fittedAgain.clarifyBelow()).isEqualTo(0.3);
    assertThat(fittedAgain.closeRatio()).isEqualTo(0.85);
    assertThat(plainAgain.refusal().weights()).isNull();
    assertThat(plainAgain.threshold()).isEqualTo(0.2573);
    assertThat(plainAgain.clarifyBelow()).isEqualTo(0.31877);
  }

  @Test
  void onlyTheNewestFewAreKept() throws IOException {
    CalibrationCache cache = CalibrationCache.inFolder(dir);
    DecisionRule rule = new DecisionRule(OutOfScopeModel.thresholdOnly(0.25), 0.35, 0.9);
    for (int i = 0; i < 7; i++) {
      cache.save("key" + i, rule);
      Files.setLastModifiedTime(
          dir.resolve("key" + i + ".rule"),
          java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
    }

    assertThat(rules())
        .extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder("key3.rule", "key4.rule", "key5.rule", "key6.rule");
  }

  @Test
  void withoutAFolderNothingIsKept() {
    IntentTrainer.train(TinyData.set(), CalibrationCache.none());

    assertThat(dir).isEmptyDirectory();
  }

  private List<Path> rules() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".rule")).toList();
    }
  }
}
