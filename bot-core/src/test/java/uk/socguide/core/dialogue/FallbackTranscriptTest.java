package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.socguide.content.UnansweredQuestion;
import uk.socguide.core.Actions;
import uk.socguide.core.testing.SampleEngine;
import uk.socguide.core.testing.Transcript;

class FallbackTranscriptTest {

  @Test
  void anOutOfScopeQuestionSaysItCannotHelpAndWhatItCanDo() {
    Transcript.withSampleContent()
        .user("when are my bins collected")
        .botFallsBack()
        .botSays("I can't help with other council services")
        .botSays("I answer questions about serious and organised crime")
        .botReplies(
            r ->
                assertThat(r.messages().get(0).suggestions().get(0).value())
                    .isEqualTo(Actions.reportMenu()));
  }

  @Test
  void somethingFarBelowThresholdIsNeverGuessed() {
    Transcript.withSampleContent()
        .user("zxq blorp flimflam")
        .botFallsBack()
        .botSays("Sorry, I can't help with that.");
  }

  @Test
  void unansweredQuestionsAreRecordedForEditorsWithPersonalDataRemoved() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample)
          .channel("telegram")
          .user("my name is Priya, when is the bin collection")
          .botFallsBack();
      assertThat(sample.recorded().unanswered())
          .singleElement()
          .satisfies(
              (UnansweredQuestion q) -> {
                assertThat(q.redactedText())
                    .isEqualTo("my name is [name], when is the bin collection");
                assertThat(q.channel()).isEqualTo("telegram");
                assertThat(q.askedAt()).isEqualTo(sample.clock().instant());
              });
      assertThat(sample.recorded().everyStoredText()).noneMatch(t -> t.contains("Priya"));
    }
  }

  @Test
  void answeredQuestionsAreNotRecorded() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample).user("how do i report fraud").botAnswers("report.fraud");
      assertThat(sample.recorded().unanswered()).isEmpty();
    }
  }
}
