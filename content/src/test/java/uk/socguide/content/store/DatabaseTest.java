package uk.socguide.content.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ContentSet;
import uk.socguide.content.testing.SampleContent;
import uk.socguide.content.testing.TestDatabases;

class DatabaseTest {

  @Test
  void migrationsBuildEveryTableInAnEmptyDatabase() throws Exception {
    try (Database db = TestDatabases.inMemory();
        Connection c = db.dataSource().getConnection();
        ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      List<String> tables = new ArrayList<>();
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME").toLowerCase());
      }
      assertThat(tables)
          .contains(
              "content_state",
              "content_release",
              "content_revision",
              "content_item",
              "release_item",
              "seed_load",
              "seed_item",
              "audit_log",
              "conversation",
              "unanswered_question",
              "feedback",
              "flyway_schema_history");
    }
  }

  @Test
  void anEmptyDatabaseHasNothingPublished() {
    try (Database db = TestDatabases.inMemory()) {
      ContentRelease live = db.content().published();
      assertThat(live.number()).isZero();
      assertThat(live.topics()).isEmpty();
      assertThat(live.routes()).isEmpty();
      assertThat(db.content().releases()).isEmpty();
    }
  }

  @Test
  void sampleContentIsPublishedAsReleaseOne() {
    try (Database db = TestDatabases.withSampleContent()) {
      ContentRelease live = db.content().published();
      assertThat(live.number()).isEqualTo(1);
      assertThat(live.topics()).containsKeys("report.fraud", "role.nca", "smalltalk.greeting");
      assertThat(live.render(live.answerFor(live.topic("report.fraud").orElseThrow(), null, null)))
          .contains("0300 123 2040");
    }
  }

  @Test
  void aFileDatabaseKeepsItsContentWhenReopened(@TempDir Path dir) {
    ContentRelease before;
    try (Database db = TestDatabases.file(dir)) {
      TestDatabases.publish(db, SampleContent.small());
      before = db.content().published();
    }
    try (Database db = TestDatabases.file(dir)) {
      ContentRelease after = db.content().published();
      assertThat(after.number()).isEqualTo(1);
      assertThat(ContentSet.of(after)).isEqualTo(ContentSet.of(before));
      assertThat(db.content().releases()).hasSize(1);
    }
  }

  @Test
  void reopeningAMigratedFileDatabaseRunsNoMigrationTwice(@TempDir Path dir) throws Exception {
    try (Database db = TestDatabases.file(dir)) {
      db.conversations();
    }
    try (Database db = TestDatabases.file(dir);
        Connection c = db.dataSource().getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(migrationScripts());
    }
  }

  private static int migrationScripts() throws Exception {
    Path folder = Path.of(DatabaseTest.class.getResource("/db/migration").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
    }
  }
}
