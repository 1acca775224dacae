package uk.socguide.content.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.content.AuditQuery;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ImportResult;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.ValidationException;
import uk.socguide.content.testing.TestDatabases;

class ImportExportTest {
  private final Database db = TestDatabases.withSampleContent();

  @TempDir Path dir;

  @AfterEach
  void close() {
    db.close();
  }

  private void replaceIn(String file, String from, String to) throws Exception {
    Path p = dir.resolve(file);
    String text = Files.readString(p);
    assertThat(text).contains(from);
    Files.writeString(p, text.replace(from, to));
  }

  @Test
  void anExportImportedIntoAnEmptyDatabaseGivesTheSameContent() {
    db.files().export(dir);
    try (Database other = TestDatabases.inMemory()) {
      ImportResult result = other.files().importFrom(dir, "alice");

      assertThat(result.drafted()).hasSize(db.content().published().topics().size() + 3 + 2 + 1);
      assertThat(result.unchanged()).isZero();
      assertThat(Edits.content(other.content().workingCopy()))
          .isEqualTo(Edits.content(db.content().published()));
      assertThat(other.drafts().topic("report.fraud").orElseThrow().status())
          .isEqualTo(TopicStatus.DRAFT);
      assertThat(other.content().published().number()).isZero();
    }
  }

  @Test
  void exportingAgainWritesTheSameFiles(@TempDir Path second) throws Exception {
    db.files().export(1, dir);
    try (Database other = TestDatabases.inMemory()) {
      TestDatabases.publish(other, uk.socguide.content.files.ContentFileReader.read(dir).content());
      other.files().export(second);
    }
    for (String name : uk.socguide.content.files.ContentFileReader.FILE_NAMES) {
      assertThat(body(second.resolve(name))).as(name).isEqualTo(body(dir.resolve(name)));
    }
  }

  private static String body(Path file) throws Exception {
    return Files.readString(file).replaceAll("(?m)^#.*\n", "");
  }

  @Test
  void importingUnchangedFilesMakesNoRevisions() {
    db.files().export(dir);
    ImportResult result = db.files().importFrom(dir, "alice");
    assertThat(result.drafted()).isEmpty();
    assertThat(db.drafts().pendingChanges()).isEmpty();
  }

  @Test
  void onlyChangedItemsBecomeDraftsByTheImporter() throws Exception {
    db.files().export(dir);
    replaceIn("routes.yaml", "0300 123 2040", "0300 123 9999");

    ImportResult result = db.files().importFrom(dir, "alice");

    assertThat(result.drafted()).containsExactly(ItemRef.route("report-fraud"));
    assertThat(db.drafts().route("report-fraud").orElseThrow().value().phone())
        .isEqualTo("0300 123 9999");
    assertThat(db.drafts().history(ItemRef.route("report-fraud")).get(0).author())
        .isEqualTo("alice");
    assertThat(db.content().published().routes().get("report-fraud").phone())
        .isEqualTo("0300 123 2040");
    assertThat(db.audit().query(AuditQuery.all().action(AuditLog.IMPORT))).hasSize(1);
  }

  @Test
  void anInvalidImportNamesFileLineAndFieldAndChangesNothing() throws Exception {
    db.files().export(dir);
    replaceIn("routes.yaml", "0300 123 2040", "0300 000 0000");
    replaceIn(
        "reporting.yaml",
        "text: \"Report fraud and cyber crime to {route:report-fraud}.\"",
        "text: \"Report fraud to {route:reportfraud}.\"");
    int auditBefore = db.audit().query(AuditQuery.all().limit(1000)).size();

    assertThatThrownBy(() -> db.files().importFrom(dir, "alice"))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              Problem p = e.problems().get(0);
              assertThat(e.problems()).hasSize(1);
              assertThat(p.file()).isEqualTo("reporting.yaml");
              assertThat(p.field()).matches("topics\\[\\d]\\.answers\\[0]\\.text");
              assertThat(p.line()).isGreaterThan(1);
              assertThat(p.message())
                  .isEqualTo("unknown route 'reportfraud' in {route:reportfraud}");
              assertThat(lineOf("reporting.yaml", p.line())).contains("{route:reportfraud}");
            });
    assertThat(db.drafts().pendingChanges()).isEmpty();
    assertThat(db.audit().query(AuditQuery.all().limit(1000))).hasSize(auditBefore);
  }

  private String lineOf(String file, int line) {
    try {
      return Files.readAllLines(dir.resolve(file)).get(line - 1);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aBrokenFileStopsTheWholeImport() throws Exception {
    db.files().export(dir);
    replaceIn("routes.yaml", "0300 123 2040", "0300 000 0000");
    replaceIn("roles.yaml", "  - id: role.nca\n", "  - id: role.nca\n    colour: blue\n");

    assertThatThrownBy(() -> db.files().importFrom(dir, "alice"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("roles.yaml:")
        .hasMessageContaining("unknown field 'colour'");
    assertThat(db.drafts().pendingChanges()).isEmpty();
  }

  @Test
  void anImportedChangeGoesThroughReviewLikeAnyOther() throws Exception {
    db.files().export(dir);
    replaceIn("routes.yaml", "0300 123 2040", "0300 123 9999");
    db.files().importFrom(dir, "alice");
    Edits.review(db, ItemRef.route("report-fraud"), "bob");

    ContentRelease live = db.content().publish("bob", "imported number");

    assertThat(live.routes().get("report-fraud").phone()).isEqualTo("0300 123 9999");
  }

  @Test
  void exportingReplacesOlderFilesInTheFolder() throws Exception {
    Files.writeString(dir.resolve("strategy.yaml"), "topics:\n  - id: stale.topic\n");
    db.files().export(dir);
    assertThat(Files.readString(dir.resolve("strategy.yaml"))).doesNotContain("stale.topic");
    assertThat(Files.readString(dir.resolve("routes.yaml")))
        .startsWith("# SOC Guide content release 1, published 2026-11-28T12:00:00Z by seed.");
  }
}
