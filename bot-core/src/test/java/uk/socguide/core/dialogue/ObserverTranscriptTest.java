package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.socguide.core.Reply.Outcome;
import uk.socguide.core.testing.CountingObserver;
import uk.socguide.core.testing.SampleEngine;
import uk.socguide.core.testing.Transcript;

class ObserverTranscriptTest {

  @Test
  void everyTurnIsReportedWithItsChannelOutcomeAndLatency() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample)
          .channel("telegram")
          .user("how do i report fraud")
          .user("zxq blorp")
          .user("he's got a knife")
          .user("");
      assertThat(sample.observer().turns())
          .extracting(CountingObserver.Turn::channel, CountingObserver.Turn::outcome)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("telegram", Outcome.ANSWER),
              org.assertj.core.groups.Tuple.tuple("telegram", Outcome.FALLBACK),
              org.assertj.core.groups.Tuple.tuple("telegram", Outcome.SAFETY),
              org.assertj.core.groups.Tuple.tuple("telegram", Outcome.REJECTED_INPUT));
      assertThat(sample.observer().turns()).allMatch(t -> t.latencyNanos() > 0);
    }
  }
}
