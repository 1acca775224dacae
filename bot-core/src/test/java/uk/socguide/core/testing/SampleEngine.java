package uk.socguide.core.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.store.Database;
import uk.socguide.content.testing.TestDatabases;
import uk.socguide.core.UserIds;
import uk.socguide.core.dialogue.DialogueEngine;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.core.knowledge.LiveKnowledge;

/**
 * The real dialogue engine on the sample content, for tests in any module:
 *
 * <pre>{@code
 * try (SampleEngine sample = SampleEngine.create()) {
 *   Reply reply = sample.engine().handle(InboundMessage.text("telegram", "c1", "u1", "hi", null));
 *   assertThat(sample.recorded().unanswered()).isEmpty();
 * }
 * }</pre>
 *
 * Each instance has its own in-memory H2 database with the content module's real schema and JDBC
 * stores, and a {@link TestClock} that starts at 2026-12-01T09:00Z and moves only when told.
 */
public final class SampleEngine implements AutoCloseable {
  /** The key the sample engine hashes conversation ids with. */
  public static final byte[] KEYS_SECRET =
      "sample-engine-conversation-key".getBytes(StandardCharsets.UTF_8);

  private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
  private final Database database;
  private final boolean ownsDatabase;
  private final Recorded recorded;
  private final LiveKnowledge live;
  private final TestClock clock;
  private final CountingObserver observer;
  private final DialogueEngine engine;

  private SampleEngine(Database database, boolean owns, LiveKnowledge live, TestClock clock) {
    this.database = database;
    this.ownsDatabase = owns;
    this.recorded = new DatabaseRecords(database.dataSource());
    this.live = live;
    this.clock = clock;
    this.observer = new CountingObserver();
    this.engine =
        DialogueEngine.builder(
                live, database.conversations(), database.inbox(), new UserIds(KEYS_SECRET))
            .clock(clock)
            .observer(observer)
            .build();
  }

  /** The engine on the sample content, with a fresh database. */
  public static SampleEngine create() {
    return create(SampleKnowledge.sample());
  }

  /** The engine on other knowledge (see {@link SampleKnowledge#train}), with a fresh database. */
  public static SampleEngine create(Knowledge knowledge) {
    TestClock clock = new TestClock(START);
    return new SampleEngine(
        TestDatabases.inMemory(clock), true, new LiveKnowledge(knowledge), clock);
  }

  /**
   * The engine on the sample content with an H2 file database in {@code dir}: closing it and
   * opening another on the same folder is a real restart.
   */
  public static SampleEngine onFile(Path dir) {
    TestClock clock = new TestClock(START);
    return new SampleEngine(
        TestDatabases.file(dir, clock), true, new LiveKnowledge(SampleKnowledge.sample()), clock);
  }

  /** The engine on another release, its model trained for it, with a fresh database. */
  public static SampleEngine create(ContentRelease release) {
    return create(SampleKnowledge.train(release));
  }

  /**
   * A new engine on the same database, knowledge and clock, as after a restart of the app. The
   * database stays open until the original is closed.
   */
  public SampleEngine restarted() {
    return new SampleEngine(database, false, live, clock);
  }

  public DialogueEngine engine() {
    return engine;
  }

  /** The live knowledge; publish to it to swap content and model. */
  public LiveKnowledge live() {
    return live;
  }

  public TestClock clock() {
    return clock;
  }

  /** Every turn the engine reported to its observer. */
  public CountingObserver observer() {
    return observer;
  }

  /** What the engine stored, read back from the database. */
  public Recorded recorded() {
    return recorded;
  }

  /** The database (real H2 in memory, the content module's schema and stores). */
  public Database database() {
    return database;
  }

  @Override
  public void close() {
    if (ownsDatabase) {
      database.close();
    }
  }
}
