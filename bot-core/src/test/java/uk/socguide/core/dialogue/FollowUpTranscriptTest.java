package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.socguide.core.Reply.Outcome;
import uk.socguide.core.testing.SampleContent;
import uk.socguide.core.testing.SampleEngine;
import uk.socguide.core.testing.Transcript;

class FollowUpTranscriptTest {

  @Test
  void whatIfImInScotlandReanswersTheLastTopicForScotland() {
    Transcript.withSampleContent()
        .user("how do i report fraud")
        .botAnswers("report.fraud")
        .botSays("0300 123 2040")
        .user("what if I'm in Scotland?")
        .botAnswers("report.fraud")
        .botSays("Police Scotland on 101")
        .botDoesNotSay("0300 123 2040");
  }

  @Test
  void theJurisdictionStaysForLaterQuestionsUntilAnotherIsNamed() {
    Transcript.withSampleContent()
        .user("i'm in scotland")
        .outcomeIs(Outcome.AUDIENCE_SWITCH)
        .botSays("the version for Scotland")
        .user("where do i report a scam")
        .botAnswers("report.fraud")
        .botSays("Police Scotland")
        .user("and in england?")
        .botAnswers("report.fraud")
        .botSays("0300 123 2040");
  }

  @Test
  void whatAboutForCouncillorsReanswersInTheirVariant() {
    Transcript.withSampleContent()
        .user("what does the nca do")
        .botAnswers("role.nca")
        .botDoesNotSay("For councillors")
        .user("what about for councillors?")
        .botAnswers("role.nca")
        .botSays("For councillors")
        .user("and for frontline staff?")
        .botAnswers("role.nca")
        .botSays("For frontline staff");
  }

  @Test
  void whenDidThatHappenResolvesAgainstTheLastTopic() {
    Transcript.withSampleContent()
        .user("what does the national crime agency do")
        .botAnswers("role.nca")
        .user("when did that happen?")
        .botAnswers("nca.when-launched")
        .botSays("7 October 2013");
  }

  @Test
  void whoDoICallResolvesAgainstTheLastTopic() {
    Transcript.withSampleContent()
        .user("the car wash workers seem to be exploited")
        .botAnswers("report.modern-slavery")
        .user("who do I call?")
        .botAnswers("report.modern-slavery")
        .botSays("08000 121 700");
  }

  @Test
  void whoDoICallAfterATopicThatIsNotAboutReportingGivesItsRelatedRoute() {
    Transcript.withSampleContent()
        .user("what does the national crime agency do")
        .botAnswers("role.nca")
        .user("where do I report it?")
        .botAnswers("report.fraud")
        .user("what can councillors do about organised crime")
        .botAnswers("council.councillors-role")
        .user("who should I tell?")
        .botAnswers("report.non-emergency");
  }

  @Test
  void whoDoICallWithNothingAskedYetGivesTheOverviewOfRoutes() {
    try (SampleEngine sample = SampleEngine.create(SampleContent.withReportOverview())) {
      Transcript.on(sample).user("who do I call?").botAnswers("report.overview");
    }
  }

  @Test
  void sayingWhoYouAreWithAQuestionAnswersItInYourTermsNotJustNotesIt() {
    Transcript.withSampleContent()
        .user("what does the national crime agency do")
        .botAnswers("role.nca")
        .botDoesNotSay("For councillors")
        .user("I'm a councillor, what does that mean for me?")
        .botAnswers("role.nca")
        .botSays("For councillors");
  }

  @Test
  void sayingWhoYouAreAloneOnlyNotesIt() {
    Transcript.withSampleContent()
        .user("what does the national crime agency do")
        .botAnswers("role.nca")
        .user("I'm a councillor")
        .outcomeIs(Outcome.AUDIENCE_SWITCH)
        .botSays("for councillors");
  }

  @Test
  void whoDoICallAfterATopicWithNoRelatedRouteGivesTheOverviewOfRoutes() {
    try (SampleEngine sample = SampleEngine.create(SampleContent.withReportOverview())) {
      Transcript.on(sample)
          .user("what are the four ps")
          .botAnswers("strategy.four-ps")
          .user("who do I call?")
          .botAnswers("report.overview");
    }
  }

  @Test
  void aFollowUpThatNamesANewSubjectIsANewQuestion() {
    Transcript.withSampleContent()
        .user("how do i report fraud")
        .botAnswers("report.fraud")
        .user("and what are the four ps?")
        .botAnswers("strategy.four-ps")
        .user("what about my bins?")
        .botFallsBack();
  }

  @Test
  void aTopicsRelatedButtonOpensItExactly() {
    Transcript.withSampleContent()
        .user("how do i report fraud")
        .botAnswers("report.fraud")
        .picks("The National Crime Agency")
        .botAnswers("role.nca")
        .botReplies(r -> assertThat(r.confidence()).isEqualTo(1.0));
  }
}
