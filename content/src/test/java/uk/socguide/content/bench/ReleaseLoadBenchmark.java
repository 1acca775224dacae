package uk.socguide.content.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.store.Database;
import uk.socguide.content.testing.SampleContent;
import uk.socguide.content.testing.TestDatabases;

/**
 * Loading the full published release into memory from an H2 file database: every live revision read
 * and parsed into the immutable {@link ContentRelease} the engine uses (what happens at start and
 * after every publish). Content the size of the seed: 60 topics x 15 examples x 4 answer variants,
 * 10 routes, 60 concepts, 120 must-answer questions. Target: at most 200 ms.
 *
 * <p>Run: {@code scripts/bench content -f 1 -wi 5 -i 10 ReleaseLoadBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ReleaseLoadBenchmark {
  /** {@code seed}: the shipped seed; {@code generated}: 60 topics x 15 examples x 4 answers. */
  @Param({"seed", "generated"})
  String content;

  private Path dir;
  private Database db;

  @Setup
  public void open() throws IOException {
    dir = Files.createTempDirectory("release-load-bench");
    db = TestDatabases.file(dir);
    if (content.equals("seed")) {
      db.files().loadSeed();
    } else {
      TestDatabases.publish(db, SampleContent.generated(60, 15));
    }
  }

  @Benchmark
  public ContentRelease loadPublishedRelease() {
    return db.content().release(1);
  }

  @TearDown
  public void close() throws IOException {
    db.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
