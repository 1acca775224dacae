package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.socguide.content.Jurisdiction;
import uk.socguide.core.Audience;
import uk.socguide.intents.Entity;

class PhrasesTest {
  private static final List<String> TITLES =
      List.of(
          "Reporting fraud and cyber crime", "Reporting anonymously", "The National Crime Agency");

  @ParameterizedTest
  @CsvSource({
    "1, 0",
    "the first, 0",
    "first one, 0",
    "number 2, 1",
    "the second one please, 1",
    "3, 2",
    "third, 2",
    "the last one, 2",
    "reporting anonymously, 1",
    "national crime agency, 2",
  })
  void aReplyPicksAnOfferedChoice(String reply, int expected) {
    assertThat(Phrases.choice(Words.normalise(reply), TITLES)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4", "reporting", "how do i report fraud", "no", "yes"})
  void otherRepliesPickNothing(String reply) {
    assertThat(Phrases.choice(Words.normalise(reply), TITLES)).isEmpty();
  }

  @Test
  void yesPicksTheOnlyChoice() {
    assertThat(Phrases.choice("yes please", List.of("Reporting anonymously")))
        .isEqualTo(OptionalInt.of(0));
  }

  @ParameterizedTest
  @CsvSource({
    "im a councillor, COUNCILLOR",
    "i am a ward councillor, COUNCILLOR",
    "speaking as an elected member, COUNCILLOR",
    "im on the council, COUNCILLOR",
    "i work on the frontline, FRONTLINE",
    "im a housing officer, FRONTLINE",
    "i work for the council, FRONTLINE",
    "as a licensing officer what should i look for, FRONTLINE",
  })
  void readersSayWhoTheyAre(String text, Audience expected) {
    assertThat(Phrases.declaredAudience(text)).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "what can councillors do",
        "i work with councillors",
        "what do frontline staff do"
      })
  void questionsAboutAnAudienceAreNotDeclarations(String text) {
    assertThat(Phrases.declaredAudience(text)).isEmpty();
  }

  @Test
  void nationsComeFromEntitiesOrWords() {
    assertThat(Phrases.nation("x", List.of(new Entity("nation", "scotland", "scottish", 0, 8))))
        .hasValue(Jurisdiction.SCOTLAND);
    assertThat(Phrases.nation("what if im in northern ireland", List.of()))
        .hasValue(Jurisdiction.NORTHERN_IRELAND);
    assertThat(Phrases.nation("and in wales", List.of())).hasValue(Jurisdiction.ENGLAND_AND_WALES);
    assertThat(Phrases.nation("how do i report fraud", List.of())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "what if im in scotland",
        "what about for councillors",
        "and in wales",
        "who do i call",
        "when did that happen",
        "what about it",
      })
  void followUpsLeanOnTheLastTopic(String text) {
    assertThat(Phrases.leansOnContext(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "who do i call",
        "who should i tell",
        "where do i report it",
        "how do i report this",
        "whats the number",
        "who do we contact",
        "where should i go",
        "who deals with that",
      })
  void askingWhoToContactIsRecognised(String text) {
    assertThat(Phrases.asksWhoToContact(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"who do i call about fraud", "when did that happen", "thanks"})
  void questionsNamingASubjectOrAskingSomethingElseAreNot(String text) {
    assertThat(Phrases.asksWhoToContact(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"thanks", "ok", "how do i report fraud", "what does the nca do"})
  void standaloneMessagesDoNot(String text) {
    assertThat(Phrases.leansOnContext(text)).isFalse();
  }
}
