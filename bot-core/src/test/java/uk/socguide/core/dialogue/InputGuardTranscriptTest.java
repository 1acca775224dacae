package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.socguide.core.Reply.Outcome;
import uk.socguide.core.testing.SampleEngine;
import uk.socguide.core.testing.Transcript;

class InputGuardTranscriptTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n\t"})
  void anEmptyMessageAsksForAQuestion(String text) {
    Transcript.withSampleContent()
        .user(text)
        .outcomeIs(Outcome.REJECTED_INPUT)
        .botSays("Please type a question.");
  }

  @Test
  void aMessageOverTwoThousandCharactersIsTurnedAway() {
    Transcript.withSampleContent()
        .user("a".repeat(2001))
        .outcomeIs(Outcome.REJECTED_INPUT)
        .botSays("under 2,000 characters")
        .user("how do i report fraud " + "a".repeat(2000 - 22))
        .outcomeIs(Outcome.ANSWER);
  }

  @Test
  void twoThousandEmojiAreTwoThousandCharacters() {
    Transcript.withSampleContent()
        .user("\uD83D\uDE00".repeat(2000))
        .botReplies(r -> assertThat(r.outcome()).isNotEqualTo(Outcome.REJECTED_INPUT));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"fraud\u0000", "\u0007bell", "esc\u001b[31m", "del\u007f", "half \uD83D pair"})
  void controlCharactersAreTurnedAway(String text) {
    Transcript.withSampleContent()
        .user(text)
        .outcomeIs(Outcome.REJECTED_INPUT)
        .botSays("hidden control characters");
  }

  @Test
  void somethingOtherThanTextGetsAPoliteTextOnlyReply() {
    Transcript.withSampleContent()
        .sendsNonText()
        .outcomeIs(Outcome.REJECTED_INPUT)
        .botSays("I can only read text");
  }

  @Test
  void rejectedInputStoresNothing() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample).user("").user("x".repeat(3000)).user("a\u0000b").sendsNonText();
      assertThat(sample.recorded().conversations()).isEmpty();
      assertThat(sample.recorded().unanswered()).isEmpty();
      assertThat(sample.observer().count("web", Outcome.REJECTED_INPUT)).isEqualTo(4);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'; DROP TABLE conversation; --",
        "<script>alert(1)</script>",
        "مرحبا كيف أبلغ عن احتيال",
        "#topic:",
        "#topic:../../etc/passwd",
        "#feedback:maybe:report.fraud",
        "#audience:mayor",
        "**bold** [x](javascript:alert(1))",
      })
  void hostileOrStrangeTextNeverBreaksATurn(String text) {
    Transcript.withSampleContent()
        .user(text)
        .botReplies(r -> assertThat(r.outcome()).isNotEqualTo(Outcome.ERROR));
  }
}
