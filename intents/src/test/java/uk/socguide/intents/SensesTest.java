package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SensesTest {

  private final Analyser analyser =
      Analyser.withVocabulary(Lexicon.compile(TinyData.LEXICON), Map.of());

  private List<String> senses(String text) {
    return Arrays.stream(analyser.analyse(text).terms())
        .filter(t -> t.startsWith(Senses.MARK))
        .map(t -> t.substring(1))
        .toList();
  }

  @Test
  void differentWordingsOfOneIdeaShareASense() {
    assertThat(senses("when was the nca set up")).contains("start", "time");
    assertThat(senses("what year did it begin")).contains("start", "time");
    assertThat(senses("is soca still around")).contains("ended");
    assertThat(senses("which agency took over")).contains("succession");
  }

  @Test
  void wordsInsideALexiconConceptAreNotReadAgain() {
    Analyser withHomeOffice =
        Analyser.withVocabulary(
            Lexicon.compile(
                List.of(new LexiconEntry("home-office", "agency", List.of("home office"), null))),
            Map.of());
    List<String> terms = Arrays.asList(withHomeOffice.analyse("the home office").terms());
    assertThat(terms).contains("#home-office").doesNotContain("~home");
    assertThat(senses("a tenant's home")).contains("home");
  }

  @Test
  void greetingsThanksAndGoodbyesCountOnlyAtTheEdgesOfAQuestion() {
    assertThat(senses("hi there")).contains("greeting");
    assertThat(senses("ok bye then")).contains("bye");
    assertThat(senses("great thanks")).contains("thanks");
    assertThat(senses("men in hi vis taking metal from a council building"))
        .doesNotContain("greeting");
  }

  @Test
  void stemsOfDomainWordsDoNotReadAsSenses() {
    assertThat(senses("scrap metal dealers")).doesNotContain("ended");
    assertThat(senses("lead stripped off a roof")).doesNotContain("leader");
    assertThat(senses("i found a gun")).doesNotContain("start");
    assertThat(senses("the organised crime command")).doesNotContain("help");
    assertThat(senses("a 15 year old keeps going missing")).doesNotContain("time", "past");
  }

  @Test
  void sensesAreNotReportedAsEntities() {
    assertThat(analyser.analyse("when was it launched").entities()).isEmpty();
  }
}
