package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.socguide.content.ContentRelease;
import uk.socguide.core.Reply.Outcome;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.core.testing.SampleContent;
import uk.socguide.core.testing.SampleEngine;
import uk.socguide.core.testing.SampleKnowledge;
import uk.socguide.core.testing.Transcript;

class PersonalDataTranscriptTest {

  @Test
  void aReportNamingSomeoneIsRefusedNotStoredAndGivenTheRoute() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample)
          .user(
              "Mr Dave Smith at 12 High Street is running a phishing scam, his phone is 07700 900123")
          .outcomeIs(Outcome.PERSONAL_DATA)
          .botSays("I can't take reports, so I haven't kept your message")
          .botReplies(
              r -> {
                assertThat(r.messages()).hasSize(2);
                assertThat(r.intent()).isEqualTo("report.fraud");
                assertThat(r.messages().get(1).feedbackTopic()).isEqualTo("report.fraud");
              });
      assertThat(sample.recorded().unanswered()).isEmpty();
      assertThat(sample.recorded().everyStoredText())
          .noneMatch(t -> t.contains("Smith"))
          .noneMatch(t -> t.contains("High Street"))
          .noneMatch(t -> t.contains("07700"));
    }
  }

  @Test
  void aVehicleRegistrationOrEmailIsADisclosureToo() {
    Transcript.withSampleContent()
        .user("the van AB12 CDE keeps dropping off workers at the car wash")
        .outcomeIs(Outcome.PERSONAL_DATA)
        .user("you can email him on dealer@example.com")
        .outcomeIs(Outcome.PERSONAL_DATA);
  }

  @Test
  void withoutAClearRouteTheReportingMenuIsOffered() {
    Transcript.withSampleContent()
        .user("his name is John Smith, when are the bins collected")
        .outcomeIs(Outcome.PERSONAL_DATA)
        .botSays("Pick the situation that fits best")
        .botOffers("Emergencies: call 999", "Reporting anonymously");
  }

  @Test
  void aRoutesOwnPublicNumberIsNotPersonalData() {
    Transcript.withSampleContent()
        .user("is 0800 555 111 the crimestoppers number")
        .botAnswers("report.anonymous");
  }

  @Test
  void theWritersOwnNameIsNotAReport() {
    Transcript.withSampleContent()
        .user("my name is Priya, how do I report fraud")
        .botAnswers("report.fraud");
  }

  @Test
  void aPublicFigureTheContentNamesIsNotPersonalData() {
    ContentRelease naming =
        SampleContent.withDefaultAnswer(
            SampleContent.release(),
            4,
            "strategy.four-ps",
            "OSCT, whose Director General was Charles Farr, reviewed the strategy in 2012. It now"
                + " works through four strands: Pursue, Prevent, Protect and Prepare.");
    try (SampleEngine sample =
        SampleEngine.create(new Knowledge(naming, SampleKnowledge.sample().model()))) {
      Transcript.on(sample)
          .user("what are the four ps, according to Mr Farr")
          .botAnswers("strategy.four-ps")
          .user("Mr Smith runs the car wash and the workers look exploited")
          .outcomeIs(Outcome.PERSONAL_DATA);
    }
  }
}
