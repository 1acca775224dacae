package uk.socguide.content.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.socguide.content.Category;
import uk.socguide.content.Change;
import uk.socguide.content.ConflictException;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.FieldChange;
import uk.socguide.content.Item;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Revision;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicQuery;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.UnknownItemException;
import uk.socguide.content.ValidationException;
import uk.socguide.content.WorkflowException;
import uk.socguide.content.testing.SampleContent;
import uk.socguide.content.testing.TestDatabases;

class WorkflowTest {
  private static final ItemRef FRAUD = ItemRef.topic("report.fraud");

  private final Database db = TestDatabases.withSampleContent();
  private final Drafts drafts = db.drafts();

  @AfterEach
  void close() {
    db.close();
  }

  private Topic fraud() {
    return drafts.topic("report.fraud").orElseThrow().value();
  }

  private Item<Topic> editFraud(String author, String text) {
    return Edits.save(db, Edits.answer(fraud(), text), author);
  }

  @Test
  void everySaveIsANewDraftRevisionWithAuthorTimeAndReason() {
    Item<Topic> first = editFraud("alice", "Report it to {route:report-fraud} today.");
    Item<Topic> second =
        drafts.saveTopic(
            Edits.title(first.value(), "Reporting fraud"),
            first.version(),
            "carol",
            "shorter title");

    assertThat(second.status()).isEqualTo(TopicStatus.DRAFT);
    assertThat(second.revision()).isEqualTo(3);
    assertThat(second.version()).isEqualTo(first.version() + 1);
    List<Revision> history = drafts.history(FRAUD);
    assertThat(history).extracting(Revision::number).containsExactly(3, 2, 1);
    assertThat(history.get(0).author()).isEqualTo("carol");
    assertThat(history.get(0).reason()).isEqualTo("shorter title");
    assertThat(history.get(0).createdAt()).isEqualTo(TestDatabases.CLOCK.instant());
    assertThat(history.get(2).status()).isEqualTo(TopicStatus.PUBLISHED);
    assertThat(history.get(2).publishedIn()).isEqualTo(1);
    assertThat(((Topic) drafts.valueAt(history.get(1).id())).answers().get(0).markup())
        .isEqualTo("Report it to {route:report-fraud} today.");
  }

  @Test
  void savingUnchangedContentMakesNoRevision() {
    Item<Topic> before = drafts.topic("report.fraud").orElseThrow();
    Item<Topic> after = drafts.saveTopic(before.value(), before.version(), "alice", "no change");
    assertThat(after.version()).isEqualTo(before.version());
    assertThat(drafts.history(FRAUD)).hasSize(1);
  }

  @Test
  void aReasonIsRequired() {
    Item<Topic> item = drafts.topic("report.fraud").orElseThrow();
    assertThatThrownBy(
            () -> drafts.saveTopic(Edits.title(item.value(), "x"), item.version(), "alice", " "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void draftsStayOutOfTheLiveReleaseButAreInTheWorkingCopy() {
    editFraud("alice", "Draft text.");
    assertThat(Edits.live(db, "report.fraud").answers().get(0).markup())
        .startsWith("Report fraud and cyber crime");
    assertThat(
            db.content()
                .workingCopy()
                .topic("report.fraud")
                .orElseThrow()
                .answers()
                .get(0)
                .markup())
        .isEqualTo("Draft text.");
  }

  @Test
  void anApprovedChangeIsPublishedAsTheNextRelease() {
    editFraud("alice", "Report it to {route:report-fraud} now.");
    Item<Object> submitted = drafts.submit(FRAUD, fraudVersion(), "alice");
    assertThat(submitted.status()).isEqualTo(TopicStatus.IN_REVIEW);
    Item<Object> approved = drafts.approve(FRAUD, submitted.version(), "bob");
    assertThat(approved.status()).isEqualTo(TopicStatus.APPROVED);

    ContentRelease live = db.content().publish("bob", "new wording");

    assertThat(live.number()).isEqualTo(2);
    assertThat(live.topic("report.fraud").orElseThrow().answers().get(0).markup())
        .isEqualTo("Report it to {route:report-fraud} now.");
    assertThat(db.content().published()).isSameAs(live);
    assertThat(drafts.topic("report.fraud").orElseThrow().status())
        .isEqualTo(TopicStatus.PUBLISHED);
    Revision published = drafts.history(FRAUD).get(0);
    assertThat(published.approvedBy()).isEqualTo("bob");
    assertThat(published.submittedBy()).isEqualTo("alice");
    assertThat(published.publishedIn()).isEqualTo(2);
    assertThat(db.content().releases().get(0).publishedBy()).isEqualTo("bob");
  }

  private long fraudVersion() {
    return drafts.topic("report.fraud").orElseThrow().version();
  }

  @Test
  void theAuthorCannotApproveTheirOwnChange() {
    editFraud("alice", "Mine.");
    long v = drafts.submit(FRAUD, fraudVersion(), "alice").version();
    assertThatThrownBy(() -> drafts.approve(FRAUD, v, "alice"))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("someone else must approve");
    assertThat(drafts.topic("report.fraud").orElseThrow().status())
        .isEqualTo(TopicStatus.IN_REVIEW);
  }

  @Test
  void anyoneWhoWrotePartOfTheChangeCannotApproveIt() {
    editFraud("alice", "Alice's words.");
    editFraud("bob", "Bob's words.");
    long v = drafts.submit(FRAUD, fraudVersion(), "bob").version();

    assertThatThrownBy(() -> drafts.approve(FRAUD, v, "alice"))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("alice, bob");
    assertThat(drafts.approve(FRAUD, v, "carol").status()).isEqualTo(TopicStatus.APPROVED);
  }

  @Test
  void authorsOfEarlierPublishedChangesMayApproveALaterOne() {
    Edits.publish(db, Edits.answer(fraud(), "First published change."));
    editFraud("bob", "Second change.");
    long v = drafts.submit(FRAUD, fraudVersion(), "bob").version();
    assertThat(drafts.approve(FRAUD, v, "alice").status()).isEqualTo(TopicStatus.APPROVED);
  }

  @Test
  void stepsOutOfOrderAreRefused() {
    assertThatThrownBy(() -> drafts.submit(FRAUD, fraudVersion(), "alice"))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("published");
    editFraud("alice", "Draft.");
    assertThatThrownBy(() -> drafts.approve(FRAUD, fraudVersion(), "bob"))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("only a change that is in review can be approved");
    assertThatThrownBy(() -> drafts.reject(FRAUD, fraudVersion(), "bob", "no"))
        .isInstanceOf(WorkflowException.class);
  }

  @Test
  void editingAnApprovedChangeSendsItBackToDraft() {
    editFraud("alice", "Approved wording.");
    Edits.review(db, FRAUD, "bob");
    Item<Topic> edited = editFraud("alice", "Changed after approval.");

    assertThat(edited.status()).isEqualTo(TopicStatus.DRAFT);
    assertThatThrownBy(() -> db.content().publish("bob", "x"))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("nothing is approved");
  }

  @Test
  void aReviewerCanSendAChangeBackWithAReason() {
    editFraud("alice", "Wording.");
    long v = drafts.submit(FRAUD, fraudVersion(), "alice").version();

    Item<Object> back = drafts.reject(FRAUD, v, "bob", "cite the source");

    assertThat(back.status()).isEqualTo(TopicStatus.DRAFT);
    assertThat(db.audit().query(uk.socguide.content.AuditQuery.all().action(AuditLog.REJECT)))
        .singleElement()
        .satisfies(e -> assertThat(e.note()).isEqualTo("cite the source"));
  }

  @Test
  void publishingTakesEveryApprovedChangeTogetherAndLeavesDraftsOut() {
    editFraud("alice", "Approved fraud wording.");
    Edits.review(db, FRAUD, "bob");
    Topic nca = drafts.topic("role.nca").orElseThrow().value();
    Edits.save(db, Edits.title(nca, "The NCA"), "alice");
    Edits.review(db, ItemRef.topic("role.nca"), "bob");
    Topic greeting = drafts.topic("smalltalk.greeting").orElseThrow().value();
    Edits.save(db, Edits.answer(greeting, "Hi!"), "alice");

    ContentRelease live = db.content().publish("bob", "two changes");

    assertThat(live.topic("report.fraud").orElseThrow().answers().get(0).markup())
        .isEqualTo("Approved fraud wording.");
    assertThat(live.topic("role.nca").orElseThrow().title()).isEqualTo("The NCA");
    assertThat(live.topic("smalltalk.greeting").orElseThrow().answers().get(0).markup())
        .isNotEqualTo("Hi!");
    assertThat(db.content().releases().get(0).changes()).isEqualTo(2);
    assertThat(drafts.topic("smalltalk.greeting").orElseThrow().status())
        .isEqualTo(TopicStatus.DRAFT);
  }

  @Test
  void pendingChangesShowEveryFieldThatDiffersFromLive() {
    editFraud("alice", "New wording.");
    List<Change> changes = drafts.pendingChanges();
    assertThat(changes)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.ref()).isEqualTo(FRAUD);
              assertThat(c.fields())
                  .containsExactly(
                      new FieldChange(
                          "answers[0].text",
                          "Report fraud and cyber crime to {route:report-fraud}.",
                          "New wording."));
            });
  }

  @Test
  void aNewTopicIsCreatedFromVersionZero() {
    Topic topic =
        SampleContent.topic("report.drugs").examples("who do i tell about drug dealing").build();
    Item<Topic> created = drafts.saveTopic(topic, 0, "alice", "new topic");
    assertThat(created.version()).isEqualTo(1);
    assertThat(created.live()).isFalse();
    assertThatThrownBy(() -> drafts.saveTopic(topic, 0, "carol", "again"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already exists")
        .hasMessageContaining("alice");
    assertThatThrownBy(() -> drafts.saveTopic(SampleContent.topic("nope").build(), 3, "a", "b"))
        .isInstanceOf(UnknownItemException.class);
  }

  @Test
  void withdrawingALiveTopicIsReviewedThenRemovesItFromTheRelease() {
    Topic greeting = drafts.topic("out-of-scope.bins").orElseThrow().value();
    ItemRef ref = ItemRef.topic(greeting.id());
    Item<Object> pending =
        drafts.withdraw(ref, drafts.item(ref).orElseThrow().version(), "alice", "not needed");
    assertThat(pending.withdrawal()).isTrue();
    assertThat(pending.status()).isEqualTo(TopicStatus.DRAFT);
    assertThat(db.content().published().topic(greeting.id())).isPresent();

    Edits.review(db, ref, "bob");
    ContentRelease live = db.content().publish("bob", "withdraw bins");

    assertThat(live.topic(greeting.id())).isEmpty();
    Item<Object> gone = drafts.item(ref).orElseThrow();
    assertThat(gone.status()).isEqualTo(TopicStatus.WITHDRAWN);
    assertThat(gone.live()).isFalse();
    assertThat(drafts.topics(TopicQuery.all().status(TopicStatus.WITHDRAWN))).hasSize(1);
  }

  @Test
  void aTopicOthersRelateToCannotBeWithdrawn() {
    ItemRef emergency = ItemRef.topic("report.emergency");
    assertThatThrownBy(
            () ->
                drafts.withdraw(
                    emergency, drafts.item(emergency).orElseThrow().version(), "alice", "x"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("report.fraud")
        .hasMessageContaining("no topic has id 'report.emergency'");
  }

  @Test
  void anUnpublishedTopicIsWithdrawnAtOnce() {
    Item<Topic> created =
        drafts.saveTopic(SampleContent.topic("report.drugs").build(), 0, "alice", "new");
    Item<Object> gone = drafts.withdraw(created.ref(), created.version(), "alice", "mistake");
    assertThat(gone.status()).isEqualTo(TopicStatus.WITHDRAWN);
    assertThat(db.content().workingCopy().topic("report.drugs")).isEmpty();
  }

  @Test
  void discardingAPendingChangeGoesBackToTheLiveContent() {
    Item<Topic> edited = editFraud("alice", "Not wanted.");
    Item<Object> back = drafts.discard(FRAUD, edited.version(), "alice", "changed my mind");
    assertThat(back.status()).isEqualTo(TopicStatus.PUBLISHED);
    assertThat(fraud().answers().get(0).markup()).startsWith("Report fraud and cyber crime");
    assertThat(drafts.pendingChanges()).isEmpty();
    assertThatThrownBy(() -> drafts.discard(FRAUD, back.version(), "alice", "again"))
        .isInstanceOf(WorkflowException.class);
  }

  @Test
  void topicsCanBeFilteredByTextCategoryStatusAndReviewDue() {
    editFraud("alice", "Draft.");
    assertThat(drafts.topics(TopicQuery.all())).hasSize(5);
    assertThat(drafts.topics(TopicQuery.all().category(Category.ROLES)))
        .extracting(i -> i.value().id())
        .containsExactly("role.nca");
    assertThat(drafts.topics(TopicQuery.all().status(TopicStatus.DRAFT)))
        .extracting(i -> i.value().id())
        .containsExactly("report.fraud");
    assertThat(drafts.topics(TopicQuery.all().text("NATIONAL crime")))
        .extracting(i -> i.value().id())
        .containsExactly("role.nca");
    assertThat(drafts.topics(TopicQuery.all().reviewDue(true))).isEmpty();
  }
}
