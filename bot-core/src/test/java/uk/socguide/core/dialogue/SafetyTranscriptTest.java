package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.socguide.core.Reply.Outcome;
import uk.socguide.core.testing.SampleContent;
import uk.socguide.core.testing.SampleEngine;
import uk.socguide.core.testing.Transcript;

class SafetyTranscriptTest {

  @Test
  void someoneInDangerNowIsToldToCall999FirstThenTheEmergencyRoute() {
    Transcript.withSampleContent()
        .user("i think she's in danger")
        .botStartsWith999()
        .botReplies(
            r -> {
              assertThat(r.messages()).hasSize(2);
              assertThat(r.messages().get(0).body().plainText())
                  .contains("If someone is in immediate danger or a crime is happening now")
                  .contains("textphone 18000");
              assertThat(r.messages().get(1).feedbackTopic()).isEqualTo("report.emergency");
              assertThat(r.intent()).isEqualTo("report.emergency");
            });
  }

  @Test
  void aWeaponOrABreakInIsAnEmergencyHoweverItIsSpelt() {
    Transcript.withSampleContent()
        .user("he's got a knife")
        .botStartsWith999()
        .user("theyre braking in rite now")
        .botStartsWith999()
        .user("hes got a knif outside the shop")
        .botStartsWith999();
  }

  @Test
  void aChildAtRiskGets999ThenTheChildProtectionRoute() {
    Transcript.withSampleContent()
        .user("a child is being hurt and groomed by a gang")
        .botStartsWith999()
        .botReplies(r -> assertThat(r.intent()).isEqualTo("report.child-exploitation"))
        .botSays("CEOP Safety Centre");
  }

  @Test
  void safetyComesFirstWhateverElseWasAsked() {
    Transcript.withSampleContent()
        .user("what does the nca do? someone is being attacked outside right now")
        .botStartsWith999();
  }

  @Test
  void askingWhichNumberToCallInAnEmergencyIsAQuestionAboutRoutes() {
    Transcript.withSampleContent()
        .user("what number do I call in an emergency")
        .botAnswers("report.emergency")
        .botSays("999")
        .botReplies(r -> assertThat(r.messages()).hasSize(1));
  }

  @Test
  void withoutAnEmergencyRouteOrTopicTheAdviceStillSays999() {
    try (SampleEngine sample = SampleEngine.create(SampleContent.withoutEmergencyRoute())) {
      Transcript.on(sample)
          .user("i think she's in danger")
          .botStartsWith999()
          .botReplies(
              r -> {
                assertThat(r.messages()).hasSize(1);
                assertThat(r.messages().get(0).body().plainText()).doesNotContain("textphone");
                assertThat(r.intent()).isNull();
              });
    }
  }

  @Test
  void safetyTurnsRecordNothingForEditors() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample).user("help me now, he's threatening to stab me").botStartsWith999();
      assertThat(sample.recorded().unanswered()).isEmpty();
      assertThat(sample.observer().count("web", Outcome.SAFETY)).isEqualTo(1);
    }
  }
}
