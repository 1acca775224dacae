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
  void realWordsAreNotBentIntoDomainWordsButSlipsAreCorrected() {
    SpellingCorrector domain =
        new SpellingCorrector(
            Map.of("later", 3, "crime", 9, "metal", 4, "cable", 2, "police", 6), Set.of("crime"));
    // a different first letter, or a substitution nobody makes by accident: a different word
    assertThat(domain.correct("water")).isNull();
    assertThat(domain.correct("prime")).isNull();
    assertThat(domain.correct("medal")).isNull();
    assertThat(domain.correct("table")).isNull();
    // a neighbouring key, a letter that sounds the same, a swap: a slip
    assertThat(domain.correct("crimr")).isEqualTo("crime");
    assertThat(domain.correct("polise")).isEqualTo("police");
    assertThat(domain.correct("metla")).isEqualTo("metal");
  }

  @Test
  void substitutionsCostOneOnlyWhenTheyArePlausibleSlips() {
    assertThat(SpellingCorrector.substitution('a', 'e')).isEqualTo(1);
    assertThat(SpellingCorrector.substitution('r', 't')).isEqualTo(1);
    assertThat(SpellingCorrector.substitution('s', 'x')).isEqualTo(1);
    assertThat(SpellingCorrector.substitution('c', 's')).isEqualTo(1);
    assertThat(SpellingCorrector.substitution('d', 't')).isEqualTo(2);
    assertThat(SpellingCorrector.substitution('p', 'c')).isEqualTo(2);
    assertThat(SpellingCorrector.substitution('q', 'q')).isZero();
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
