package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.content.ConversationRecord;
import uk.socguide.core.Reply.Outcome;
import uk.socguide.core.testing.SampleEngine;
import uk.socguide.core.testing.Transcript;

class ConversationStateTranscriptTest {

  @Test
  void contextSurvivesTwentyNineIdleMinutes() {
    Transcript.withSampleContent()
        .user("how do i report fraud")
        .botAnswers("report.fraud")
        .waits(Duration.ofMinutes(29))
        .user("what if I'm in Scotland?")
        .botAnswers("report.fraud")
        .botSays("Police Scotland");
  }

  @Test
  void contextIsForgottenAfterThirtyIdleMinutes() {
    Transcript.withSampleContent()
        .user("I'm a councillor")
        .user("how do i report fraud")
        .botAnswers("report.fraud")
        .waits(Duration.ofMinutes(31))
        .user("what if I'm in Scotland?")
        .outcomeIs(Outcome.AUDIENCE_SWITCH)
        .botSays("the version for Scotland")
        .user("what does the nca do")
        .botAnswers("role.nca")
        .botDoesNotSay("For councillors");
  }

  @Test
  void aRestartKeepsTheConversationsContext() {
    try (SampleEngine first = SampleEngine.create()) {
      Transcript.on(first)
          .audienceHint(null)
          .user("I'm a councillor")
          .user("how do i report fraud")
          .botAnswers("report.fraud");
      SampleEngine second = first.restarted();
      Transcript.on(second)
          .user("what if I'm in Scotland?")
          .botAnswers("report.fraud")
          .botSays("Police Scotland")
          .user("what does the nca do")
          .botSays("For councillors");
    }
  }

  @Test
  void aRealRestartOnTheSameDatabaseFileKeepsTheContext(@TempDir Path dir) {
    try (SampleEngine before = SampleEngine.onFile(dir)) {
      Transcript.on(before).user("I'm a councillor").user("how do i report fraud");
    }
    try (SampleEngine after = SampleEngine.onFile(dir)) {
      Transcript.on(after)
          .user("what if I'm in Scotland?")
          .botAnswers("report.fraud")
          .botSays("Police Scotland")
          .user("what does the nca do")
          .botSays("For councillors");
    }
  }

  @Test
  void conversationsAreKeptApartByChannelAndId() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample).channel("teams").conversation("42").user("how do i report fraud");
      Transcript.on(sample)
          .channel("telegram")
          .conversation("42")
          .user("what if I'm in Scotland?")
          .outcomeIs(Outcome.AUDIENCE_SWITCH);
      Transcript.on(sample)
          .channel("teams")
          .conversation("42")
          .user("what if I'm in Scotland?")
          .botAnswers("report.fraud");
    }
  }

  @Test
  void storedStateHoldsNoPlatformIdAndNoMessageText() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample)
          .channel("telegram")
          .conversation("123456789")
          .user("how do i report fraud in scotland");
      assertThat(sample.recorded().conversations())
          .singleElement()
          .satisfies(
              (ConversationRecord r) -> {
                assertThat(r.conversationId()).doesNotContain("123456789").hasSize(32);
                assertThat(r.channel()).isEqualTo("telegram");
                assertThat(r.lastTopic()).isEqualTo("report.fraud");
                assertThat(r.jurisdiction()).isEqualTo("SCOTLAND");
              });
      assertThat(sample.recorded().everyStoredText())
          .noneMatch(t -> t.contains("123456789"))
          .noneMatch(t -> t.contains("how do i"));
    }
  }

  @Test
  void aDatabaseThatFailsCostsTheContextNotTheAnswer() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript t = Transcript.on(sample).user("how do i report fraud").botAnswers("report.fraud");
      sample.database().close();
      t.user("how do i report fraud")
          .botAnswers("report.fraud")
          .user("when are my bins collected")
          .botFallsBack();
    }
  }
}
