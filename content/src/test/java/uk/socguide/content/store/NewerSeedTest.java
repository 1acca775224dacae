package uk.socguide.content.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.content.ContentSet;
import uk.socguide.content.Item;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Revision;
import uk.socguide.content.SeedResult;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.ValidationException;
import uk.socguide.content.files.ContentFileWriter;
import uk.socguide.content.testing.SampleContent;
import uk.socguide.content.testing.TestDatabases;

class NewerSeedTest {
  @TempDir Path dir;

  private Database db;

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private Path seed(String name, ContentSet content) {
    Path folder = dir.resolve(name);
    ContentFileWriter.write(content, folder, "seed " + name);
    return folder;
  }

  /** The sample content with one topic replaced or added. */
  private static ContentSet sampleWith(Topic... topics) {
    List<Object> items = new ArrayList<>(SampleContent.small().items().values());
    for (Topic t : topics) {
      items.removeIf(i -> i instanceof Topic x && x.id().equals(t.id()));
      items.add(t);
    }
    return ContentSet.ofItems(items);
  }

  private static Topic sampleTopic(String id) {
    return SampleContent.small().topics().stream()
        .filter(t -> t.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aNewerSeedIsOfferedAsDraftsBySeedAndNeverGoesLive() {
    db = TestDatabases.file(dir);
    db.files().loadSeed(seed("v1", SampleContent.small()));
    Topic changed = Edits.title(sampleTopic("role.nca"), "NCA (seed v2)");
    Topic added = SampleContent.topic("report.drugs").examples("drug dealing on my street").build();

    SeedResult result = db.files().loadSeed(seed("v2", sampleWith(changed, added)));

    assertThat(result.outcome()).isEqualTo(SeedResult.Outcome.OFFERED);
    assertThat(result.offered())
        .containsExactlyInAnyOrder(ItemRef.topic("role.nca"), ItemRef.topic("report.drugs"));
    assertThat(db.content().published().number()).isEqualTo(1);
    assertThat(Edits.live(db, "role.nca").title()).isEqualTo("The National Crime Agency");
    Item<Topic> offered = db.drafts().topic("role.nca").orElseThrow();
    assertThat(offered.status()).isEqualTo(TopicStatus.DRAFT);
    assertThat(offered.value().title()).isEqualTo("NCA (seed v2)");
    assertThat(db.drafts().history(ItemRef.topic("role.nca")).get(0).author()).isEqualTo("seed");
  }

  @Test
  void theSeedIsNotReloadedOnALaterStart() {
    Path v1 = seed("v1", SampleContent.small());
    try (Database first = TestDatabases.file(dir)) {
      first.files().loadSeed(v1);
      Edits.publish(first, Edits.title(Edits.live(first, "role.nca"), "Edited by editors"));
    }
    db = TestDatabases.file(dir);

    assertThat(db.files().loadSeed(v1).outcome()).isEqualTo(SeedResult.Outcome.ALREADY_LOADED);
    assertThat(Edits.live(db, "role.nca").title()).isEqualTo("Edited by editors");
    assertThat(db.content().published().number()).isEqualTo(2);
  }

  @Test
  void aNewerSeedLeavesItemsEditorsAreWorkingOnAlone() {
    db = TestDatabases.file(dir);
    db.files().loadSeed(seed("v1", SampleContent.small()));
    Edits.save(db, Edits.title(Edits.live(db, "role.nca"), "Editor's draft"), "alice");

    SeedResult result =
        db.files()
            .loadSeed(seed("v2", sampleWith(Edits.title(sampleTopic("role.nca"), "Seed v2"))));

    assertThat(result.offered()).isEmpty();
    assertThat(result.skipped()).containsExactly(ItemRef.topic("role.nca"));
    assertThat(db.drafts().topic("role.nca").orElseThrow().value().title())
        .isEqualTo("Editor's draft");
  }

  @Test
  void aNewerSeedOffersOnlyWhatItsAuthorsChangedNotWhatEditorsChanged() {
    db = TestDatabases.file(dir);
    db.files().loadSeed(seed("v1", SampleContent.small()));
    Edits.publish(db, Edits.title(Edits.live(db, "role.nca"), "Editors improved this"));

    SeedResult result =
        db.files()
            .loadSeed(
                seed(
                    "v2",
                    sampleWith(Edits.title(sampleTopic("report.emergency"), "Emergency v2"))));

    assertThat(result.offered()).containsExactly(ItemRef.topic("report.emergency"));
    assertThat(db.drafts().topic("role.nca").orElseThrow().status())
        .isEqualTo(TopicStatus.PUBLISHED);
  }

  @Test
  void anItemDroppedFromANewerSeedIsOfferedForWithdrawal() {
    db = TestDatabases.file(dir);
    db.files().loadSeed(seed("v1", SampleContent.small()));
    List<Object> items = new ArrayList<>(SampleContent.small().items().values());
    items.removeIf(i -> i instanceof Topic t && t.id().equals("out-of-scope.bins"));

    SeedResult result = db.files().loadSeed(seed("v2", ContentSet.ofItems(items)));

    assertThat(result.offered()).containsExactly(ItemRef.topic("out-of-scope.bins"));
    Item<Object> item = db.drafts().item(ItemRef.topic("out-of-scope.bins")).orElseThrow();
    assertThat(item.withdrawal()).isTrue();
    assertThat(item.status()).isEqualTo(TopicStatus.DRAFT);
    assertThat(db.content().published().topic("out-of-scope.bins")).isPresent();
  }

  @Test
  void aSeedDraftIsReplacedByAnEvenNewerSeed() {
    db = TestDatabases.file(dir);
    db.files().loadSeed(seed("v1", SampleContent.small()));
    db.files().loadSeed(seed("v2", sampleWith(Edits.title(sampleTopic("role.nca"), "v2"))));

    SeedResult result =
        db.files().loadSeed(seed("v3", sampleWith(Edits.title(sampleTopic("role.nca"), "v3"))));

    assertThat(result.offered()).containsExactly(ItemRef.topic("role.nca"));
    List<Revision> history = db.drafts().history(ItemRef.topic("role.nca"));
    assertThat(history).hasSize(3);
    assertThat(db.drafts().topic("role.nca").orElseThrow().value().title()).isEqualTo("v3");
  }

  @Test
  void aBrokenSeedLoadsNothingAndSaysWhere() throws Exception {
    db = TestDatabases.file(dir);
    Path broken = seed("bad", SampleContent.small());
    java.nio.file.Files.writeString(
        broken.resolve("roles.yaml"),
        java.nio.file.Files.readString(broken.resolve("roles.yaml"))
            .replace("what does the nca do", "how do i report fraud"));

    assertThatThrownBy(() -> db.files().loadSeed(broken))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("roles.yaml:")
        .hasMessageContaining("also an example question of report.fraud");
    assertThat(db.content().published().number()).isZero();
    assertThat(db.drafts().topics(uk.socguide.content.TopicQuery.all())).isEmpty();
  }
}
