package uk.socguide.content.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.socguide.content.AuditQuery;
import uk.socguide.content.FeedbackEntry;
import uk.socguide.content.Item;
import uk.socguide.content.QuestionGroup;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicFeedback;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.UnansweredQuestion;
import uk.socguide.content.ValidationException;
import uk.socguide.content.testing.TestDatabases;

class InboxTest {
  private static final Instant NOW = Instant.parse("2026-11-28T11:00:00Z");

  private final Database db = TestDatabases.withSampleContent();
  private final Inbox inbox = db.inbox();

  @AfterEach
  void close() {
    db.close();
  }

  private void ask(String text, String bestTopic, double confidence) {
    inbox.recordUnanswered(new UnansweredQuestion(text, "web", bestTopic, confidence, NOW));
  }

  @Test
  void similarQuestionsAreGroupedWithCounts() {
    ask("Who do I tell about a cannabis farm?", "report.police", 0.3);
    ask("who do i tell about a cannabis farm", "report.police", 0.4);
    ask("who do I tell about a CANNABIS FARM please", null, 0.2);
    ask("cannabis farm next door, who do I tell", "report.police", 0.1);
    ask("when is the bin collected", "out-of-scope.bins", 0.5);

    List<QuestionGroup> groups = inbox.unanswered(10);

    assertThat(groups).hasSize(2);
    QuestionGroup cannabis = groups.get(0);
    assertThat(cannabis.count()).isEqualTo(4);
    assertThat(cannabis.question()).isEqualTo("Who do I tell about a cannabis farm?");
    assertThat(cannabis.bestTopic()).isEqualTo("report.police");
    assertThat(cannabis.bestConfidence()).isEqualTo(0.4);
    assertThat(cannabis.questionIds()).hasSize(4);
    assertThat(cannabis.variants()).hasSize(3);
    assertThat(groups.get(1).count()).isEqualTo(1);
  }

  @Test
  void differentQuestionsSharingCommonWordsStayApart() {
    ask("how do I report fraud", null, 0.1);
    ask("how do I report a scam", null, 0.1);
    assertThat(inbox.unanswered(10)).hasSize(2);
  }

  @Test
  void dismissedQuestionsLeaveTheInboxAndAreAudited() {
    ask("what is the weather", null, 0.1);
    ask("what is the weather today", null, 0.1);
    QuestionGroup group = inbox.unanswered(10).get(0);

    assertThat(inbox.dismiss(group.questionIds(), "eve")).isEqualTo(group.count());

    assertThat(inbox.unanswered(10)).isEmpty();
    assertThat(db.audit().query(AuditQuery.all().action(AuditLog.DISMISS)))
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("eve"));
    assertThat(inbox.dismiss(group.questionIds(), "eve")).isZero();
  }

  @Test
  void aQuestionAddedAsAnExampleBecomesADraftOfTheTopic() {
    ask("where do i report a phishing email", "report.fraud", 0.4);
    QuestionGroup group = inbox.unanswered(10).get(0);
    long version = db.drafts().topic("report.fraud").orElseThrow().version();

    Item<Topic> saved =
        inbox.addAsExample(group.questionIds(), group.question(), "report.fraud", version, "eve");

    assertThat(saved.status()).isEqualTo(TopicStatus.DRAFT);
    assertThat(saved.value().examples()).contains("where do i report a phishing email");
    assertThat(db.content().published().topic("report.fraud").orElseThrow().examples())
        .doesNotContain("where do i report a phishing email");
    assertThat(inbox.unanswered(10)).isEmpty();
  }

  @Test
  void aQuestionAlreadyAnExampleElsewhereIsRefusedAndStaysInTheInbox() {
    ask("what does the nca do", null, 0.4);
    QuestionGroup group = inbox.unanswered(10).get(0);
    long version = db.drafts().topic("report.fraud").orElseThrow().version();

    assertThatThrownBy(
            () ->
                inbox.addAsExample(
                    group.questionIds(), group.question(), "report.fraud", version, "eve"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("also an example question of role.nca");
    assertThat(inbox.unanswered(10)).hasSize(1);
  }

  @Test
  void feedbackIsCountedPerTopicWithReasons() {
    inbox.recordFeedback(new FeedbackEntry("report.fraud", true, null, "web", NOW));
    inbox.recordFeedback(new FeedbackEntry("report.fraud", false, "number wrong", "web", NOW));
    inbox.recordFeedback(new FeedbackEntry("report.fraud", false, "number wrong", "teams", NOW));
    inbox.recordFeedback(new FeedbackEntry("report.fraud", false, "too long", "web", NOW));
    inbox.recordFeedback(new FeedbackEntry("role.nca", true, null, "web", NOW));

    List<TopicFeedback> summary = inbox.feedback(NOW.minusSeconds(60));

    assertThat(summary).hasSize(2);
    TopicFeedback fraud = summary.get(0);
    assertThat(fraud.topicId()).isEqualTo("report.fraud");
    assertThat(fraud.helpful()).isEqualTo(1);
    assertThat(fraud.notHelpful()).isEqualTo(3);
    assertThat(fraud.reasons())
        .containsExactly(
            new TopicFeedback.ReasonCount("number wrong", 2),
            new TopicFeedback.ReasonCount("too long", 1));
    assertThat(inbox.feedback("report.fraud", 10)).hasSize(4);
    assertThat(inbox.feedback(NOW.plusSeconds(60))).isEmpty();
  }

  @Test
  void aReasonGivenLaterJoinsItsVerdictInsteadOfCountingTwice() {
    long verdict = inbox.recordFeedback(new FeedbackEntry("report.fraud", false, null, "web", NOW));
    inbox.addFeedbackReason(verdict, "no scotland");
    inbox.addFeedbackReason(verdict, "a second reason is ignored");

    TopicFeedback fraud = inbox.feedback(NOW.minusSeconds(60)).get(0);
    assertThat(fraud.notHelpful()).isEqualTo(1);
    assertThat(fraud.reasons()).containsExactly(new TopicFeedback.ReasonCount("no scotland", 1));
  }

  @Test
  void aReasonForAnUnknownVerdictChangesNothing() {
    inbox.addFeedbackReason(999_999L, "nothing to attach to");
    assertThat(inbox.feedback(NOW.minusSeconds(60))).isEmpty();
  }

  @Test
  void overlongTextIsClippedRatherThanRefused() {
    ask("x".repeat(5000), null, Double.NaN);
    assertThat(inbox.unanswered(10).get(0).question()).hasSize(1000);
  }
}
