package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.socguide.core.Actions;
import uk.socguide.core.Audience;
import uk.socguide.core.Reply.Outcome;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.testing.SampleContent;
import uk.socguide.core.testing.SampleEngine;
import uk.socguide.core.testing.Transcript;

class AnswerTranscriptTest {

  @Test
  void anAnswerCarriesItsTitleSourcesReviewDateFeedbackAndRelatedTopics() {
    Transcript.withSampleContent()
        .user("how do i report fraud")
        .botAnswers("report.fraud")
        .botSays("Report Fraud")
        .botSays("0300 123 2040")
        .botReplies(
            reply -> {
              assertThat(reply.messages()).hasSize(1);
              ReplyMessage m = reply.messages().get(0);
              assertThat(m.title()).isEqualTo("Reporting fraud and cyber crime");
              assertThat(m.sources())
                  .containsExactly(
                      new SourceRef("Report Fraud", "", "https://www.reportfraud.police.uk"));
              assertThat(m.lastReviewed()).isEqualTo(SampleContent.REVIEWED);
              assertThat(m.feedbackTopic()).isEqualTo("report.fraud");
              assertThat(m.suggestions())
                  .containsExactly(
                      new Suggestion("Reporting anonymously", Actions.topic("report.anonymous")),
                      new Suggestion("The National Crime Agency", Actions.topic("role.nca")));
              assertThat(reply.confidence()).isPositive();
              assertThat(reply.fallback()).isFalse();
            });
  }

  @Test
  void routeReferencesAreExpandedAndMarkupParsed() {
    Transcript.withSampleContent()
        .user("#topic:report.anonymous")
        .botAnswers("report.anonymous")
        .botReplies(
            reply ->
                assertThat(reply.messages().get(0).body().plainText())
                    .contains("Crimestoppers: call 0800 555 111")
                    .doesNotContain("{route:")
                    .doesNotContain("**"));
  }

  @Test
  void theAnswerIsWordedForTheChannelsAudience() {
    Transcript.withSampleContent()
        .audienceHint(Audience.COUNCILLOR)
        .user("what does the nca do")
        .botAnswers("role.nca")
        .botSays("For councillors");
    Transcript.withSampleContent()
        .audienceHint(Audience.FRONTLINE)
        .user("what does the nca do")
        .botAnswers("role.nca")
        .botSays("For frontline staff");
    Transcript.withSampleContent()
        .user("what does the nca do")
        .botAnswers("role.nca")
        .botDoesNotSay("For councillors")
        .botDoesNotSay("For frontline staff");
  }

  @Test
  void sayingWhoYouAreSwitchesTheAudienceForTheRestOfTheConversation() {
    Transcript.withSampleContent()
        .audienceHint(Audience.FRONTLINE)
        .user("I'm a councillor")
        .outcomeIs(Outcome.AUDIENCE_SWITCH)
        .botSays("for councillors")
        .user("what does the nca do")
        .botAnswers("role.nca")
        .botSays("For councillors")
        .user("i work on the frontline")
        .outcomeIs(Outcome.AUDIENCE_SWITCH)
        .botOffers("Show \"The National Crime Agency\" again")
        .picks(1)
        .botAnswers("role.nca")
        .botSays("For frontline staff");
  }

  @Test
  void theAudienceButtonSwitchesExactly() {
    Transcript.withSampleContent()
        .user(Actions.audience(Audience.FRONTLINE))
        .outcomeIs(Outcome.AUDIENCE_SWITCH)
        .user("what can councillors do about organised crime")
        .botAnswers("council.councillors-role")
        .botSays("As a member of staff");
  }

  @Test
  void aDeclarationWithAQuestionAnswersTheQuestionInTheNewVariant() {
    Transcript.withSampleContent()
        .user("as a councillor, what does the national crime agency do?")
        .botAnswers("role.nca")
        .botSays("For councillors");
  }

  @Test
  void namingANationGivesThatJurisdictionsVariant() {
    Transcript.withSampleContent()
        .user("how do i report fraud in scotland")
        .botAnswers("report.fraud")
        .botSays("Police Scotland")
        .botDoesNotSay("0300 123 2040");
  }

  @Test
  void smallTalkIsAnsweredFromContentWithoutCitation() {
    Transcript.withSampleContent()
        .user("hello")
        .outcomeIs(Outcome.SMALL_TALK)
        .botSays("Ask me about serious and organised crime")
        .botReplies(
            reply -> {
              assertThat(reply.intent()).isEqualTo("smalltalk.greeting");
              ReplyMessage m = reply.messages().get(0);
              assertThat(m.sources()).isEmpty();
              assertThat(m.feedbackTopic()).isNull();
              assertThat(m.suggestions()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
            })
        .user("thanks")
        .outcomeIs(Outcome.SMALL_TALK)
        .botSays("You're welcome");
  }

  @Test
  void goodbyeHelpAndWhoAreYouAreSmallTalkTooInTheUsersOwnWords() {
    Transcript.withSampleContent()
        .user("so what sort of things can you help me with?")
        .outcomeIs(Outcome.SMALL_TALK)
        .botSays("where to report it")
        .user("are you a real person or a bot")
        .outcomeIs(Outcome.SMALL_TALK)
        .botSays("automated assistant")
        .user("and what are your limits?")
        .botReplies(reply -> assertThat(reply.intent()).isEqualTo("smalltalk.identity"))
        .botSays("can't take reports")
        .user("ok that's all, bye")
        .outcomeIs(Outcome.SMALL_TALK)
        .botSays("Goodbye");
  }

  @Test
  void walesAndNorthernIrelandGetTheirOwnAnswerNotScotlands() {
    Transcript.withSampleContent()
        .user("how do i report fraud in northern ireland")
        .botAnswers("report.fraud")
        .botSays("0300 123 2040")
        .botDoesNotSay("Police Scotland")
        .user("how do i report fraud in wales")
        .botAnswers("report.fraud")
        .botSays("0300 123 2040")
        .botDoesNotSay("Police Scotland");
  }

  @Test
  void aNewConversationIsWelcomedWithWhatItAnswersAndItsLimits() {
    Transcript.withSampleContent()
        .opens()
        .outcomeIs(Outcome.WELCOME)
        .botSays("serious and organised crime")
        .botSays("I don't take reports")
        .botSays("call 999")
        .botOffers("Where to report something", "The National Crime Agency");
  }

  @Test
  void helpButtonAnswersFromTheHelpTopic() {
    Transcript.withSampleContent()
        .user(Actions.help())
        .outcomeIs(Outcome.SMALL_TALK)
        .botSays("I answer questions about serious and organised crime for councils")
        .botOffers("Where to report something");
  }

  @Test
  void theReportMenuListsReportingRoutesEmergencyFirst() {
    Transcript.withSampleContent()
        .user(Actions.reportMenu())
        .botSays("call 999")
        .botReplies(
            reply ->
                assertThat(reply.messages().get(0).suggestions())
                    .extracting(Suggestion::value)
                    .startsWith(Actions.topic("report.emergency"))
                    .contains(
                        Actions.topic("report.fraud"),
                        Actions.topic("report.anonymous"),
                        Actions.topic("report.modern-slavery"),
                        Actions.topic("report.child-exploitation"),
                        Actions.topic("report.non-emergency"))
                    .doesNotContain(Actions.topic("role.nca")))
        .picks(1)
        .botAnswers("report.emergency");
  }

  @Test
  void withAnOverviewTopicTheReportMenuIsThatAnswerWithEveryRouteAsAButton() {
    try (SampleEngine sample = SampleEngine.create(SampleContent.withReportOverview())) {
      Transcript.on(sample)
          .user(Actions.reportMenu())
          .botAnswers("report.overview")
          .botSays("Not urgent: the police on 101")
          .botReplies(
              reply ->
                  assertThat(reply.messages().get(0).suggestions())
                      .extracting(Suggestion::value)
                      .startsWith(
                          Actions.topic("report.emergency"),
                          Actions.topic("report.non-emergency"),
                          Actions.topic("report.anonymous"))
                      .contains(Actions.topic("report.fraud"))
                      .doesNotContain(Actions.topic("report.overview")));
    }
  }

  @Test
  void aTopicThatNoLongerExistsSaysSoAndOffersAWayOn() {
    Transcript.withSampleContent()
        .user(Actions.topic("report.withdrawn-topic"))
        .botFallsBack()
        .botSays("isn't available any more");
  }
}
