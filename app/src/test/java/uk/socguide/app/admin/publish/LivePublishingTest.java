package uk.socguide.app.admin.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.socguide.content.AuditEntry;
import uk.socguide.content.AuditQuery;
import uk.socguide.content.Item;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.store.Database;
import uk.socguide.content.testing.SampleContent;
import uk.socguide.content.testing.TestDatabases;

/**
 * The order of publishing on a real content store. Intent detection is the boundary here: the
 * evaluation is given per test and records what it was given, and "building" records the release it
 * was asked to build from.
 */
class LivePublishingTest {
  private static final Evaluation.Floors FLOORS = new Evaluation.Floors(0.85, 0.85, 0.9, 0.9);

  private final Database db = TestDatabases.withSampleContent();
  private final List<String> built = new ArrayList<>();
  private final List<Long> swapped = new ArrayList<>();
  private final List<String> evaluatedWith = new ArrayList<>();
  private Evaluation evaluation = passing();

  private final LivePublishing<String> publishing =
      new LivePublishing<>(
          db,
          (release, model) -> {
            evaluatedWith.add(model);
            return evaluation;
          },
          release -> {
            String answer = release.topic("report.fraud").orElseThrow().answers().get(0).markup();
            built.add(answer);
            return answer;
          },
          (release, model) -> {
            assertThat(release.topic("report.fraud").orElseThrow().answers().get(0).markup())
                .isEqualTo(model);
            swapped.add(release.number());
          });

  @AfterEach
  void close() {
    db.close();
  }

  private static Evaluation passing() {
    return new Evaluation(0.95, 0.9, 0.95, 1.0, FLOORS, List.of(), List.of());
  }

  private void approvedChange(String answer) {
    Item<Topic> head = db.drafts().topic("report.fraud").orElseThrow();
    Topic t = head.value();
    Topic changed =
        new Topic(
            t.id(),
            t.title(),
            t.category(),
            t.examples(),
            t.related(),
            List.of(
                new uk.socguide.content.Answer(uk.socguide.content.Audience.DEFAULT, null, answer),
                t.answers().get(1)),
            t.sources(),
            t.owner(),
            t.lastReviewed(),
            t.reviewBy(),
            t.status(),
            t.version());
    Item<Topic> saved = db.drafts().saveTopic(changed, head.version(), "alice", "new number");
    approve(saved.ref(), saved.version());
  }

  private void approve(ItemRef ref, long version) {
    Item<Object> submitted = db.drafts().submit(ref, version, "alice");
    db.drafts().approve(ref, submitted.version(), "bob");
  }

  @Test
  void approvedChangesThatNeedUnapprovedDraftsAreRefusedWithEveryProblemAndChangeNothing() {
    // each change is valid against the working copy, where the route and the topic it needs exist
    // as drafts; only the approved changes are planned, and without those drafts they are invalid
    Item<uk.socguide.content.ReportingRoute> route =
        db.drafts()
            .saveRoute(
                SampleContent.route("crimestoppers")
                    .name("Crimestoppers")
                    .phone("0800 555 111")
                    .build(),
                0,
                "alice",
                "new route");
    Item<Topic> drugs =
        db.drafts()
            .saveTopic(
                SampleContent.topic("report.drugs")
                    .examples("where do i report drug dealing")
                    .answer("Tell {route:police-101}.")
                    .build(),
                0,
                "alice",
                "new topic");
    approvedChange("Report it to {route:crimestoppers} today.");
    Item<Topic> nca = db.drafts().topic("role.nca").orElseThrow();
    Topic t = nca.value();
    Item<Topic> relating =
        db.drafts()
            .saveTopic(
                new Topic(
                    t.id(),
                    t.title(),
                    t.category(),
                    t.examples(),
                    List.of("report.drugs"),
                    t.answers(),
                    t.sources(),
                    t.owner(),
                    t.lastReviewed(),
                    t.reviewBy(),
                    t.status(),
                    t.version()),
                nca.version(),
                "alice",
                "follow-up");
    approve(relating.ref(), relating.version());

    PublishResult r = publishing.publish("bob", "both");

    assertThat(r.published()).isFalse();
    assertThat(r.problems())
        .extracting(Problem::item, Problem::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                ItemRef.topic("report.fraud"),
                "unknown route 'crimestoppers' in {route:crimestoppers}"),
            org.assertj.core.groups.Tuple.tuple(
                ItemRef.topic("role.nca"), "no topic has id 'report.drugs'"));
    List<String> expected = new ArrayList<>(List.of("Validation found 2 problems:"));
    r.problems().forEach(p -> expected.add(p.toString()));
    assertThat(r.reasons()).containsExactlyElementsOf(expected);
    assertThat(r.evaluation()).as("stopped before evaluation").isNull();
    assertThat(built).as("nothing is trained for content that cannot go live").isEmpty();
    assertThat(swapped).isEmpty();
    assertThat(db.content().published().number()).isEqualTo(1);
    assertThat(
            db.content().published().topic("report.fraud").orElseThrow().answers().get(0).markup())
        .isEqualTo("Report fraud and cyber crime to {route:report-fraud}.");
    assertThat(db.content().published().topic("role.nca").orElseThrow().related()).isEmpty();
    assertThat(db.drafts().topic("report.fraud").orElseThrow().status())
        .isEqualTo(TopicStatus.APPROVED);
    assertThat(db.drafts().topic("role.nca").orElseThrow().status())
        .isEqualTo(TopicStatus.APPROVED);
    assertThat(db.audit().query(AuditQuery.all().action("publish-refused")))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.after())
                    .contains("unknown route 'crimestoppers'", "no topic has id 'report.drugs'"));
    assertThat(publishing.check().problems()).isEqualTo(r.problems());

    // approving what they need makes the same changes publishable
    approve(route.ref(), route.version());
    approve(drugs.ref(), drugs.version());
    PublishResult after = publishing.publish("bob", "with what they need");
    assertThat(after.reasons()).isEmpty();
    assertThat(after.release().number()).isEqualTo(2);
    assertThat(after.release().routes()).containsKey("crimestoppers");
    assertThat(swapped).containsExactly(2L);
  }

  @Test
  void nothingApprovedIsRefusedAndRecorded() {
    PublishResult r = publishing.publish("bob", "");
    assertThat(r.published()).isFalse();
    assertThat(r.reasons()).containsExactly("Nothing is approved for publishing.");
    assertThat(swapped).isEmpty();
    assertThat(db.audit().query(AuditQuery.all().action("publish-refused")))
        .extracting(AuditEntry::actor, AuditEntry::objectId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", "2"));
  }

  @Test
  void anApprovedChangeIsPublishedThenSwappedInWithWhatWasBuiltFromIt() {
    approvedChange("Report it to {route:report-fraud} today.");
    PublishResult r = publishing.publish("bob", "new wording");
    assertThat(r.published()).isTrue();
    assertThat(r.release().number()).isEqualTo(2);
    assertThat(built)
        .as("built once, evaluated and swapped in")
        .containsExactly("Report it to {route:report-fraud} today.");
    assertThat(evaluatedWith).isEqualTo(built);
    assertThat(swapped).containsExactly(2L);
    assertThat(db.content().published().number()).isEqualTo(2);
  }

  @Test
  void aChangeBelowTheFloorsIsRefusedWithItsReasonsAndChangesNothing() {
    approvedChange("Report it to {route:report-fraud} today.");
    evaluation =
        new Evaluation(
            0.80,
            0.9,
            0.95,
            0.5,
            FLOORS,
            List.of(
                "top-1 accuracy 80.0% is below the floor of 85.0%",
                "must-answer pass rate 50.0% is below the floor of 90.0%"),
            List.of("how do I report a scam -> role.nca (report.fraud)"));
    PublishResult r = publishing.publish("bob", "");
    assertThat(r.published()).isFalse();
    assertThat(r.reasons())
        .containsExactly(
            "top-1 accuracy 80.0% is below the floor of 85.0%",
            "must-answer pass rate 50.0% is below the floor of 90.0%");
    assertThat(r.evaluation()).isSameAs(evaluation);
    assertThat(swapped).isEmpty();
    assertThat(db.content().published().number()).isEqualTo(1);
    assertThat(db.drafts().topic("report.fraud").orElseThrow().pending()).isTrue();
  }

  @Test
  void anEarlierReleaseIsRestoredThroughTheSameChecks() {
    approvedChange("Report it to {route:report-fraud} today.");
    publishing.publish("bob", "");
    evaluation = new Evaluation(0.5, 0.9, 0.95, 1.0, FLOORS, List.of("too low"), List.of());
    assertThat(publishing.restore(1, "bob", "").reasons()).containsExactly("too low");
    evaluation = passing();
    PublishResult r = publishing.restore(1, "bob", "back");
    assertThat(r.published()).isTrue();
    assertThat(r.release().number()).isEqualTo(3);
    assertThat(swapped).containsExactly(2L, 3L);
    assertThat(built.get(1)).isEqualTo("Report fraud and cyber crime to {route:report-fraud}.");
    assertThat(publishing.restore(3, "bob", "").reasons())
        .containsExactly("Release 3 is already live.");
    assertThat(publishing.restore(99, "bob", "").published()).isFalse();
  }

  @Test
  void aCheckEvaluatesWithoutPublishing() {
    approvedChange("Report it to {route:report-fraud} today.");
    PublishResult r = publishing.check();
    assertThat(r.published()).isFalse();
    assertThat(r.reasons()).isEmpty();
    assertThat(r.evaluation()).isNotNull();
    assertThat(db.content().published().number()).isEqualTo(1);
  }
}
