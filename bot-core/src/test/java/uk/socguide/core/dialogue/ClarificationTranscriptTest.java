package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.socguide.content.UnansweredQuestion;
import uk.socguide.core.Actions;
import uk.socguide.core.Suggestion;
import uk.socguide.core.testing.SampleEngine;
import uk.socguide.core.testing.Transcript;

/**
 * "report" on its own could be fraud, modern slavery, child exploitation...: the model is unsure.
 */
class ClarificationTranscriptTest {
  private static final String UNCLEAR = "report";

  private static String topicOf(Suggestion s) {
    assertThat(s.value()).startsWith("#topic:");
    return s.value().substring("#topic:".length());
  }

  @Test
  void anUnclearQuestionOffersTheClosestTopicsAsNumberedButtons() {
    Transcript t = Transcript.withSampleContent().user(UNCLEAR).botAsksToClarify();
    List<Suggestion> offered = t.suggestions();
    assertThat(offered).hasSizeBetween(2, 3);
    t.botSays("Did you mean one of these? Pick one, or reply with its number")
        .botSays("1. " + offered.get(0).title())
        .botSays("2. " + offered.get(1).title())
        .botReplies(r -> assertThat(r.intent()).isNull());
  }

  @Test
  void replyingWithANumberPicksThatChoice() {
    Transcript t = Transcript.withSampleContent().user(UNCLEAR).botAsksToClarify();
    List<Suggestion> offered = t.suggestions();
    t.user("2").botAnswers(topicOf(offered.get(1)));
  }

  @Test
  void replyingTheFirstOrTheTitlePicksThatChoice() {
    Transcript first = Transcript.withSampleContent().user(UNCLEAR).botAsksToClarify();
    String firstChoice = topicOf(first.suggestions().get(0));
    first.user("the first one").botAnswers(firstChoice);
    Transcript byTitle = Transcript.withSampleContent().user(UNCLEAR).botAsksToClarify();
    Suggestion second = byTitle.suggestions().get(1);
    byTitle.user(second.title().toLowerCase(java.util.Locale.ROOT)).botAnswers(topicOf(second));
  }

  @Test
  void pressingAChoiceButtonOpensIt() {
    Transcript t = Transcript.withSampleContent().user(UNCLEAR).botAsksToClarify();
    String second = t.suggestions().get(1).value();
    t.picks(2).botReplies(r -> assertThat(Actions.topic(r.intent())).isEqualTo(second));
  }

  @Test
  void somethingElseInsteadOfAChoiceIsANewQuestionAndTheChoicesAreForgotten() {
    Transcript.withSampleContent()
        .user(UNCLEAR)
        .botAsksToClarify()
        .user("what does the national crime agency do")
        .botAnswers("role.nca")
        .user("2")
        .botReplies(
            r -> assertThat(r.outcome()).isNotEqualTo(uk.socguide.core.Reply.Outcome.ANSWER));
  }

  @Test
  void aNumberWithNothingOnOfferIsNeverTakenForAQuestion() {
    Transcript.withSampleContent()
        .user("1")
        .botFallsBack()
        .user("how do i report fraud")
        .botAnswers("report.fraud")
        .user("the second one")
        .botFallsBack();
  }

  @Test
  void pendingChoicesSurviveARestart() {
    try (SampleEngine first = SampleEngine.create()) {
      Transcript before = Transcript.on(first).user(UNCLEAR).botAsksToClarify();
      String firstChoice = topicOf(before.suggestions().get(0));
      Transcript.on(first.restarted()).user("1").botAnswers(firstChoice);
    }
  }

  @Test
  void anUnclearQuestionIsRecordedForEditors() {
    try (SampleEngine sample = SampleEngine.create()) {
      Transcript.on(sample).user(UNCLEAR).botAsksToClarify();
      assertThat(sample.recorded().unanswered())
          .singleElement()
          .satisfies(
              (UnansweredQuestion q) -> {
                assertThat(q.redactedText()).isEqualTo(UNCLEAR);
                assertThat(q.bestTopic()).isNotNull();
                assertThat(q.confidence()).isPositive();
              });
    }
  }
}
