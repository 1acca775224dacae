package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.socguide.content.FeedbackEntry;
import uk.socguide.core.Reply.Outcome;
import uk.socguide.core.testing.SampleEngine;
import uk.socguide.core.testing.Transcript;

class FeedbackTranscriptTest {

  @Test
  void helpfulIsRecordedAndThanked() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample)
          .channel("teams")
          .user("how do i report fraud")
          .ratesHelpful()
          .outcomeIs(Outcome.FEEDBACK)
          .botSays("glad that helped");
      assertThat(sample.recorded().feedback())
          .singleElement()
          .satisfies(
              (FeedbackEntry f) -> {
                assertThat(f.topicId()).isEqualTo("report.fraud");
                assertThat(f.helpful()).isTrue();
                assertThat(f.reason()).isNull();
                assertThat(f.channel()).isEqualTo("teams");
              });
    }
  }

  @Test
  void notHelpfulAsksWhatWasMissingAndRecordsTheRedactedReason() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample)
          .user("how do i report fraud")
          .ratesNotHelpful()
          .outcomeIs(Outcome.FEEDBACK)
          .botSays("What was missing or wrong?")
          .user("my name is Priya and it said nothing about weekends")
          .outcomeIs(Outcome.FEEDBACK)
          .botSays("passed that on");
      assertThat(sample.recorded().feedback())
          .extracting(FeedbackEntry::topicId, FeedbackEntry::helpful, FeedbackEntry::reason)
          .as("the reason joins the verdict already recorded, so it is counted once")
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "report.fraud", false, "my name is [name] and it said nothing about weekends"));
    }
  }

  @Test
  void aNewQuestionAfterNotHelpfulIsAnsweredNotTakenAsAReason() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample)
          .user("how do i report fraud")
          .ratesNotHelpful()
          .user("what does the national crime agency do")
          .botAnswers("role.nca");
      assertThat(sample.recorded().feedback()).hasSize(1);
    }
  }

  @Test
  void theReasonIsAskedForOnceOnly() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample)
          .user("how do i report fraud")
          .ratesNotHelpful()
          .user("too short")
          .outcomeIs(Outcome.FEEDBACK)
          .user("when are my bins collected")
          .botFallsBack();
      assertThat(sample.recorded().feedback())
          .extracting(FeedbackEntry::reason)
          .containsExactly("too short");
    }
  }
}
