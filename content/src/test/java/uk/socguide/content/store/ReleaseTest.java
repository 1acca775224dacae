package uk.socguide.content.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.Item;
import uk.socguide.content.ItemRef;
import uk.socguide.content.PublishPlan;
import uk.socguide.content.ReleaseInfo;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.UnknownItemException;
import uk.socguide.content.WorkflowException;
import uk.socguide.content.testing.SampleContent;
import uk.socguide.content.testing.TestDatabases;

class ReleaseTest {
  private final Database db = TestDatabases.withSampleContent();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void everyEarlierReleaseStaysReadableAsItWas() {
    ContentRelease first = db.content().published();
    Edits.publish(db, Edits.title(Edits.live(db, "report.fraud"), "Fraud v2"));

    ContentRelease again = db.content().release(1);

    assertThat(Edits.content(again)).isEqualTo(Edits.content(first));
    assertThat(db.content().release(2).topic("report.fraud").orElseThrow().title())
        .isEqualTo("Fraud v2");
    assertThatThrownBy(() -> db.content().release(9)).isInstanceOf(UnknownItemException.class);
  }

  @Test
  void restoringAnEarlierReleaseMakesItLiveAsANewNumber() {
    ContentRelease first = db.content().published();
    Edits.publish(db, Edits.title(Edits.live(db, "report.fraud"), "Fraud v2"));
    Topic drugs = SampleContent.topic("report.drugs").examples("drug dealing next door").build();
    db.drafts().saveTopic(drugs, 0, "alice", "new");
    Edits.review(db, ItemRef.topic("report.drugs"), "bob");
    db.content().publish("bob", "add drugs");

    PublishPlan plan = db.content().planRestore(1);
    assertThat(plan.changes())
        .extracting(c -> c.ref().id())
        .containsExactly("report.drugs", "report.fraud");
    ContentRelease restored = db.content().restore(1, "carol", "roll back");

    assertThat(restored.number()).isEqualTo(4);
    assertThat(Edits.content(restored)).isEqualTo(Edits.content(first));
    ReleaseInfo info = db.content().releases().get(0);
    assertThat(info.restoredFrom()).isEqualTo(1);
    assertThat(info.publishedBy()).isEqualTo("carol");
    assertThat(db.drafts().topic("report.fraud").orElseThrow().status())
        .isEqualTo(TopicStatus.PUBLISHED);
    assertThat(db.drafts().topic("report.fraud").orElseThrow().value().title())
        .isEqualTo(first.topic("report.fraud").orElseThrow().title());
    assertThat(db.drafts().topic("report.drugs").orElseThrow().status())
        .isEqualTo(TopicStatus.WITHDRAWN);
  }

  @Test
  void restoringKeepsEditorsPendingWork() {
    Edits.publish(db, Edits.title(Edits.live(db, "report.fraud"), "Fraud v2"));
    Edits.save(db, Edits.title(Edits.live(db, "report.fraud"), "Fraud v3 draft"), "alice");

    db.content().restore(1, "carol", "roll back");

    Item<Topic> head = db.drafts().topic("report.fraud").orElseThrow();
    assertThat(head.status()).isEqualTo(TopicStatus.DRAFT);
    assertThat(head.value().title()).isEqualTo("Fraud v3 draft");
    assertThat(Edits.live(db, "report.fraud").title()).isEqualTo("Reporting fraud and cyber crime");
  }

  @Test
  void theLiveReleaseCannotBeRestoredOverItself() {
    assertThatThrownBy(() -> db.content().restore(1, "carol", "x"))
        .isInstanceOf(WorkflowException.class)
        .hasMessageContaining("already live");
  }

  @Test
  void changingARouteChangesEveryAnswerThatUsesIt() {
    assertThat(db.drafts().routeUsage("report-fraud"))
        .containsExactly(ItemRef.topic("report.fraud"));
    assertThat(db.drafts().routeUsage("emergency-999"))
        .containsExactly(ItemRef.topic("report.emergency"), ItemRef.route("police-101"));

    Item<ReportingRoute> route = db.drafts().route("report-fraud").orElseThrow();
    ReportingRoute r = route.value();
    db.drafts()
        .saveRoute(
            new ReportingRoute(
                r.id(),
                r.name(),
                "0300 000 0000",
                r.textphone(),
                r.sms(),
                r.web(),
                r.hours(),
                r.jurisdictions(),
                r.whenToUse(),
                r.urgency(),
                r.doesNotTake()),
            route.version(),
            "alice",
            "number changed");
    Edits.review(db, ItemRef.route("report-fraud"), "bob");
    ContentRelease live = db.content().publish("bob", "new number");

    Topic fraud = live.topic("report.fraud").orElseThrow();
    assertThat(live.render(live.answerFor(fraud, null, null))).contains("0300 000 0000");
    assertThat(db.content().release(1).render(fraud.answers().get(0))).contains("0300 123 2040");
  }

  @Test
  void seedTopicsWhoseReviewDatePassedStillLoadAndAreFlaggedReviewDue() {
    Topic old =
        SampleContent.topic("facts.scale")
            .category(uk.socguide.content.Category.FACTS)
            .reviewed(java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2025, 1, 1))
            .build();
    try (Database fresh = TestDatabases.withContent(SampleContent.set(old))) {
      assertThat(fresh.content().published().topic("facts.scale")).isPresent();
      assertThat(fresh.content().reviewDue()).extracting(Topic::id).containsExactly("facts.scale");
      assertThat(fresh.drafts().topics(uk.socguide.content.TopicQuery.all().reviewDue(true)))
          .hasSize(1);
    }
  }
}
