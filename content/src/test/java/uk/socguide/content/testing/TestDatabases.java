package uk.socguide.content.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import uk.socguide.content.ContentSet;
import uk.socguide.content.files.ContentFileReader;
import uk.socguide.content.files.ContentFileWriter;
import uk.socguide.content.store.Database;

/**
 * Real databases for tests: each call opens a fresh, uniquely named in-memory H2 (or an H2 file in
 * a folder the test owns) with the real schema and stores. Close it when done (use
 * try-with-resources or {@code @AfterEach}).
 */
public final class TestDatabases {
  /** The fixed time tests run at: 2026-11-28 12:00 UTC. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

  private TestDatabases() {}

  /** An empty database on the fixed {@link #CLOCK}. */
  public static Database inMemory() {
    return inMemory(CLOCK);
  }

  public static Database inMemory(Clock clock) {
    return Database.builder().inMemory("test-" + UUID.randomUUID()).clock(clock).open();
  }

  /** A database with {@code content} published as release 1, as the seed would be. */
  public static Database withContent(ContentSet content) {
    Database db = inMemory();
    publish(db, content);
    return db;
  }

  /** A database with {@link SampleContent#small()} published as release 1. */
  public static Database withSampleContent() {
    return withContent(SampleContent.small());
  }

  /** An H2 file database at {@code dir/soc-guide}; reopening the same folder finds the data. */
  public static Database file(Path dir) {
    return file(dir, CLOCK);
  }

  public static Database file(Path dir, Clock clock) {
    return Database.builder().h2File(dir.resolve("soc-guide")).clock(clock).open();
  }

  /** Loads {@code content} into an empty database as its seed (published as release 1). */
  public static void publish(Database db, ContentSet content) {
    db.files().loadSeed(ContentFileReader.parse(ContentFileWriter.render(content, "test seed")));
  }
}
