package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {

  private final Analyser analyser =
      Analyser.withVocabulary(Lexicon.compile(TinyData.LEXICON), Map.of("report", 3, "police", 2));

  private List<Entity> entities(String text) {
    return analyser.analyse(text).entities();
  }

  @Test
  void findsConceptsWithSpansInTheOriginalText() {
    String text = "Who do I tell about FRAUD in Scotland?";
    assertThat(entities(text))
        .containsExactly(
            new Entity("crime", "fraud", "FRAUD", 20, 25),
            new Entity("nation", "scotland", "Scotland", 29, 37));
  }

  @Test
  void historicalBodiesReportTheirSuccessor() {
    assertThat(entities("What happened to SOCA’s staff?"))
        .containsExactly(new Entity("agency", "nca", "SOCA’s", 17, 23));
    assertThat(entities("the Serious Organised Crime Agency"))
        .containsExactly(new Entity("agency", "nca", "Serious Organised Crime Agency", 4, 34));
    assertThat(entities("is Action Fraud still running"))
        .extracting(Entity::type, Entity::value)
        .contains(org.assertj.core.groups.Tuple.tuple("agency", "report-fraud"));
  }

  @Test
  void theLongestSynonymWinsWithinAType() {
    assertThat(entities("call the non emergency number"))
        .extracting(Entity::value)
        .containsExactly("non-emergency");
  }

  @Test
  void differentTypesMayShareWords() {
    assertThat(entities("ring Police Scotland"))
        .extracting(Entity::type, Entity::value)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("agency", "police"),
            org.assertj.core.groups.Tuple.tuple("nation", "scotland"));
  }

  @Test
  void matchesOtherWordFormsAndSpellings() {
    assertThat(entities("victims were trafficked"))
        .extracting(Entity::value)
        .containsExactly("trafficking");
    assertThat(entities("a Scottish cllr"))
        .extracting(Entity::value)
        .containsExactly("scotland", "councillor");
    assertThat(entities("someone is in danger right now"))
        .extracting(Entity::value, Entity::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("emergency", "in danger"),
            org.assertj.core.groups.Tuple.tuple("emergency", "right now"));
  }

  @Test
  void conceptsBecomeTermsForTheClassifiers() {
    assertThat(analyser.analyse("national crime agency").terms())
        .endsWith(Analysis.CONCEPT_MARK + "nca");
  }

  @Test
  void anEmptyLexiconFindsNothing() {
    Analyser plain = Analyser.withVocabulary(Lexicon.compile(List.of()), Map.of());
    assertThat(plain.analyse("fraud in scotland").entities()).isEmpty();
  }
}
