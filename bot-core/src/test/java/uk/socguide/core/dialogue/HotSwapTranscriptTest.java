package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.Jurisdiction;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.Reply.Outcome;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.core.testing.SampleContent;
import uk.socguide.core.testing.SampleEngine;
import uk.socguide.core.testing.SampleKnowledge;
import uk.socguide.core.testing.Transcript;
import uk.socguide.intents.IntentModel;

class HotSwapTranscriptTest {
  private static final String NEW_FRAUD_ANSWER =
      "Report fraud to {route:report-fraud.name} online at {route:report-fraud.web}.";

  private static Knowledge newRelease() {
    ContentRelease next =
        SampleContent.withDefaultAnswer(
            SampleContent.release(), 2, "report.fraud", NEW_FRAUD_ANSWER);
    return new Knowledge(next, SampleKnowledge.sample().model());
  }

  @Test
  void aPublishedReleaseAnswersTheNextTurnAndKeepsTheConversation() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript t =
          Transcript.on(sample)
              .user("how do i report fraud")
              .botAnswers("report.fraud")
              .botSays("kept the same phone number");
      sample.live().publish(newRelease());
      t.user("how do i report fraud")
          .botAnswers("report.fraud")
          .botSays("online at https://www.reportfraud.police.uk")
          .botDoesNotSay("kept the same phone number")
          .user("what if I'm in Scotland?")
          .botAnswers("report.fraud")
          .botSays("Police Scotland");
    }
  }

  @Test
  void aTurnInProgressFinishesOnTheReleaseItStartedWith() {
    try (SampleEngine sample = SampleEngine.create()) {
      Knowledge next = newRelease();
      IntentModel real = SampleKnowledge.sample().model();
      AtomicBoolean published = new AtomicBoolean();
      // the real model, with a publish slipped in while the turn is classifying
      IntentModel publishesMidTurn =
          text -> {
            if (published.compareAndSet(false, true)) {
              sample.live().publish(next);
            }
            return real.classify(text);
          };
      sample.live().publish(new Knowledge(SampleContent.release(), publishesMidTurn));
      Transcript.on(sample)
          .user("how do i report fraud")
          .botAnswers("report.fraud")
          .botSays("kept the same phone number")
          .user("how do i report fraud")
          .botSays("online at");
      assertThat(published).isTrue();
    }
  }

  @Test
  void aPreviewAnswersFromTheDraftAndTouchesNothing() {
    try (SampleEngine sample = SampleEngine.create()) {
      Knowledge draft = newRelease();
      Reply preview =
          sample
              .engine()
              .preview(
                  draft,
                  InboundMessage.text(
                      "web", "c1", "u1", "how do i report fraud", Audience.COUNCILLOR));
      assertThat(preview.outcome()).isEqualTo(Outcome.ANSWER);
      assertThat(preview.messages().get(0).body().plainText()).contains("online at");
      Reply unclear =
          sample.engine().preview(draft, InboundMessage.text("web", "c1", "u1", "zxq blorp", null));
      assertThat(unclear.outcome()).isEqualTo(Outcome.FALLBACK);
      assertThat(sample.recorded().conversations()).isEmpty();
      assertThat(sample.recorded().unanswered()).isEmpty();
      assertThat(sample.observer().turns()).isEmpty();
      Transcript.on(sample).user("how do i report fraud").botSays("kept the same phone number");
    }
  }

  @Test
  void aTopicPreviewShowsTheVariantForAnAudienceAndJurisdiction() {
    try (SampleEngine sample = SampleEngine.create()) {
      Knowledge draft = newRelease();
      Reply scotland =
          sample.engine().previewTopic(draft, "report.fraud", null, Jurisdiction.SCOTLAND);
      assertThat(scotland.messages().get(0).body().plainText()).contains("Police Scotland");
      Reply councillor = sample.engine().previewTopic(draft, "role.nca", Audience.COUNCILLOR, null);
      assertThat(councillor.messages().get(0).body().plainText()).contains("For councillors");
      assertThat(sample.recorded().conversations()).isEmpty();
    }
  }

  @Test
  void underLoadEveryTurnIsAnsweredWhollyFromTheReleaseLiveWhenItStarted() throws Exception {
    try (SampleEngine sample = SampleEngine.create()) {
      Knowledge next = newRelease();
      int threads = 4;
      int turns = 60;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<List<String>>> results = new ArrayList<>();
      CountDownLatch halfway = new CountDownLatch(threads);
      CountDownLatch published = new CountDownLatch(1);
      for (int i = 0; i < threads; i++) {
        String conversation = "load-" + i;
        results.add(
            pool.submit(
                () -> {
                  List<String> bodies = new ArrayList<>();
                  for (int n = 0; n < turns; n++) {
                    if (n == turns / 2) {
                      halfway.countDown();
                      published.await(); // the second half runs after the publish
                    }
                    Reply r =
                        sample
                            .engine()
                            .handle(
                                InboundMessage.text(
                                    "web", conversation, "u", "how do i report fraud", null));
                    assertThat(r.outcome()).isEqualTo(Outcome.ANSWER);
                    bodies.add(r.messages().get(0).body().plainText());
                  }
                  return bodies;
                }));
      }
      halfway.await();
      sample.live().publish(next);
      published.countDown();
      Set<String> seen = new HashSet<>();
      for (var f : results) {
        List<String> bodies = f.get(60, TimeUnit.SECONDS);
        seen.addAll(bodies);
        assertThat(bodies.subList(0, turns / 2)).allMatch(b -> b.contains("kept the same"));
        assertThat(bodies.subList(turns / 2, turns)).allMatch(b -> b.contains("online at"));
      }
      pool.shutdown();
      assertThat(seen).hasSize(2);
    }
  }
}
