package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ext.ExtensionLoader;
import org.junit.jupiter.api.Test;

class FeatureGeneratorsTest {

  private static final String[] TERMS = {"report", "fraud", "#fraud", "~tell"};

  @Test
  void wordsGetAFeatureAndConceptsAndSensesCountTwice() {
    assertThat(new WordFeatures().extractFeatures(TERMS, java.util.Map.of()))
        .containsExactly("w=report", "w=fraud", "c=fraud", "c=fraud", "s=tell", "s=tell");
  }

  @Test
  void bigramsAndCharacterGramsLeaveConceptsAndSensesAlone() {
    assertThat(new BigramFeatures().extractFeatures(TERMS, java.util.Map.of()))
        .containsExactly("b=report_fraud");
    assertThat(
            new CharGramFeatures()
                .extractFeatures(new String[] {"fraud", "#x"}, java.util.Map.of()))
        .contains("g=<fr", "g=aud>", "g=<frau", "g=fraud")
        .noneMatch(g -> g.contains("#"));
  }

  @Test
  void openNlpCanRebuildEveryGeneratorFromItsClassName() {
    IntentTrainer.train(TinyData.set());
    for (Class<?> type :
        List.of(WordFeatures.class, BigramFeatures.class, CharGramFeatures.class)) {
      FeatureGenerator g =
          ExtensionLoader.instantiateExtension(FeatureGenerator.class, type.getName());
      assertThat(g).isInstanceOf(type);
    }
    assertThat(System.getProperty(MaxentClassifier.ALLOWED_PACKAGES_PROPERTY))
        .contains(MaxentClassifier.OWN_PACKAGE);
  }

  @Test
  void aModelWithEveryFeatureGeneratorTrainsAndClassifies() {
    TrainerSettings d = TrainerSettings.defaults();
    TrainerSettings all =
        new TrainerSettings(
            d.iterations(),
            d.calibrationFolds(),
            d.maxentWeight(),
            d.exampleWeight(),
            d.intentWeight(),
            d.defaultThreshold(),
            true,
            true,
            d.parallelism());
    IntentModel model = IntentTrainer.train(TinyData.set(), all);
    assertThat(model.classify("who do i tell about human trafficking").top().orElseThrow().intent())
        .isEqualTo("report.trafficking");
  }
}
