package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingTest {

  private final SpellingCorrector corrector =
      new SpellingCorrector(
          Map.of(
              "report",
              10,
              "fraud",
              8,
              "trafficking",
              5,
              "cuckooing",
              3,
              "repeat",
              1,
              "sales",
              2,
              "gang",
              4),
          Set.of("fraud", "trafficking", "cuckooing"));

  @Test
  void correctsTyposWithinTwoEdits() {
    assertThat(corrector.correct("reprot")).isEqualTo("report");
    assertThat(corrector.correct("fraudd")).isEqualTo("fraud");
    assertThat(corrector.correct("traffiking")).isEqualTo("trafficking");
    assertThat(corrector.correct("cuckoing")).isEqualTo("cuckooing");
    assertThat(corrector.correct("cukooing")).isEqualTo("cuckooing");
  }

  @Test
  void leavesShortWordsAndDistantWordsAlone() {
    assertThat(corrector.correct("gagn")).isNull();
    assertThat(corrector.correct("elephant")).isNull();
    assertThat(corrector.correct("12345")).isNull();
  }

  @Test
  void twoEditsAreForLongWordsOnlyAndMustKeepTheFirstLetter() {
    assertThat(corrector.correct("trafikking")).isEqualTo("trafficking");
    assertThat(corrector.correct("xploitatin")).isNull();
    assertThat(corrector.correct("saelz")).isNull();
    assertThat(corrector.correct("saels")).isEqualTo("sales");
  }

  @Test
  void optimalStringAlignmentCountsASwapAsOneEdit() {
    assertThat(SpellingCorrector.distance("reprot", "report", 2)).isEqualTo(1);
    assertThat(SpellingCorrector.distance("abc", "abc", 2)).isZero();
    assertThat(SpellingCorrector.distance("kitten", "sitting", 2)).isEqualTo(3);
  }

  @Test
  void theAnalyserCorrectsQuestionsAndTheExamplesOwnTypos() {
    Lexicon lexicon = Lexicon.compile(TinyData.LEXICON);
    Analyser analyser =
        Analyser.withVocabulary(lexicon, Map.of("report", 5, "reprot", 1, "where", 3));
    assertThat(analyser.analyse("where to reprot fraudd").terms())
        .startsWith("where", "to", "report", "fraud")
        .contains("#fraud");
    assertThat(analyser.analyse("traffiking").entities())
        .extracting(Entity::value)
        .containsExactly("trafficking");
  }

  @Test
  void knownInflectionsAreNotCorrected() {
    Analyser analyser =
        Analyser.withVocabulary(Lexicon.compile(TinyData.LEXICON), Map.of("reports", 4));
    assertThat(analyser.analyse("reporting").terms()).startsWith("report");
    assertThat(analyser.analyse("reporting").unknown()).isZero();
  }
}
