package uk.socguide.content.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.socguide.content.ConflictException;
import uk.socguide.content.Item;
import uk.socguide.content.ItemRef;
import uk.socguide.content.PublishPlan;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.testing.TestDatabases;

class ConflictTest {
  private static final ItemRef FRAUD = ItemRef.topic("report.fraud");

  private final Database db = TestDatabases.withSampleContent();
  private final Drafts drafts = db.drafts();

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aStaleEditFailsNamingWhoChangedTheTopicAndWhen() {
    Item<Topic> alicesCopy = drafts.topic("report.fraud").orElseThrow();
    Item<Topic> bobs =
        drafts.saveTopic(
            Edits.title(alicesCopy.value(), "Bob's title"), alicesCopy.version(), "bob", "retitle");

    assertThatThrownBy(
            () ->
                drafts.saveTopic(
                    Edits.title(alicesCopy.value(), "Alice's title"),
                    alicesCopy.version(),
                    "alice",
                    "retitle"))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.item()).isEqualTo(FRAUD);
              assertThat(e.changedBy()).isEqualTo("bob");
              assertThat(e.changedAt()).isEqualTo(TestDatabases.CLOCK.instant());
              assertThat(e.getMessage())
                  .contains("topic report.fraud was changed by bob at 2026-11-28T12:00:00Z")
                  .contains("version " + bobs.version())
                  .contains("your copy is version " + alicesCopy.version());
            });
    assertThat(drafts.topic("report.fraud").orElseThrow().value().title()).isEqualTo("Bob's title");
  }

  @Test
  void aStaleReviewStepFails() {
    Item<Topic> saved = Edits.save(db, Edits.title(Edits.live(db, "report.fraud"), "T"), "alice");
    drafts.submit(FRAUD, saved.version(), "alice");
    assertThatThrownBy(() -> drafts.approve(FRAUD, saved.version(), "bob"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("changed by alice");
  }

  @Test
  void aPlanIsRefusedWhenSomeoneElsePublishedFirst() {
    Edits.save(db, Edits.title(Edits.live(db, "report.fraud"), "T"), "alice");
    Edits.review(db, FRAUD, "bob");
    PublishPlan plan = db.content().planPublish();
    db.content().publish(db.content().planPublish(), "carol", "first");

    assertThatThrownBy(() -> db.content().publish(plan, "bob", "second"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("release 2 was published by carol");
    assertThat(db.content().published().number()).isEqualTo(2);
  }

  @Test
  void aPlanIsRefusedWhenAPlannedItemChangedSince() {
    Edits.save(db, Edits.title(Edits.live(db, "report.fraud"), "Planned"), "alice");
    Edits.review(db, FRAUD, "bob");
    PublishPlan plan = db.content().planPublish();
    Edits.save(db, Edits.title(Edits.live(db, "report.fraud"), "Later"), "dave");

    assertThatThrownBy(() -> db.content().publish(plan, "bob", "go"))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("topic report.fraud was changed by dave");
    assertThat(db.content().published().number()).isEqualTo(1);
    assertThat(db.content().releases()).hasSize(1);
    assertThat(drafts.topic("report.fraud").orElseThrow().status()).isEqualTo(TopicStatus.DRAFT);
  }

  @Test
  void ofManyConcurrentEditsFromTheSameVersionExactlyOneWins() throws Exception {
    Item<ReportingRoute> route = drafts.route("police-101").orElseThrow();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 6; i++) {
        String editor = "editor" + i;
        Callable<Boolean> edit =
            () -> {
              ReportingRoute r = route.value();
              ReportingRoute changed =
                  new ReportingRoute(
                      r.id(),
                      r.name(),
                      r.phone(),
                      r.textphone(),
                      r.sms(),
                      r.web(),
                      "hours by " + editor,
                      r.jurisdictions(),
                      r.whenToUse(),
                      r.urgency(),
                      r.doesNotTake());
              try {
                drafts.saveRoute(changed, route.version(), editor, "hours");
                return true;
              } catch (ConflictException e) {
                return false;
              }
            };
        results.add(pool.submit(edit));
      }
      int wins = 0;
      for (Future<Boolean> f : results) {
        wins += f.get() ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(drafts.history(ItemRef.route("police-101"))).hasSize(2);
  }

  @Test
  void twoEditorsCreatingTheSameTopicAtOnceGetOneTopicAndOneConflict() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        String editor = "editor" + i;
        results.add(
            pool.submit(
                () -> {
                  try {
                    drafts.saveTopic(
                        uk.socguide.content.testing.SampleContent.topic("report.new")
                            .title("by " + editor)
                            .build(),
                        0,
                        editor,
                        "new topic");
                    return true;
                  } catch (ConflictException e) {
                    return false;
                  }
                }));
      }
      int wins = 0;
      for (Future<Boolean> f : results) {
        wins += f.get() ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(drafts.history(ItemRef.topic("report.new"))).hasSize(1);
  }
}
