package uk.socguide.intents.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.socguide.intents.IntentModel;
import uk.socguide.intents.IntentTrainer;
import uk.socguide.intents.TrainingSet;

/**
 * The heap a trained seed model keeps: several models are trained and held, and the used heap after
 * full garbage collections is compared with the used heap before, divided by the number of models.
 * Reported as the {@code retainedKb} counter (the benchmark's own time is meaningless).
 *
 * <p>Run: {@code scripts/bench intents ModelMemoryBenchmark}
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 0)
@Measurement(iterations = 3, time = 1)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelMemoryBenchmark {

  private static final int MODELS = 5;

  private TrainingSet seed;

  @Setup
  public void read() {
    seed = SeedData.trainingSet();
  }

  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Retained {
    public long retainedKb;

    @Setup(Level.Iteration)
    public void clear() {
      retainedKb = 0;
    }
  }

  @Benchmark
  public List<IntentModel> retained(Retained counter) {
    long before = usedAfterGc();
    List<IntentModel> models = new ArrayList<>();
    for (int i = 0; i < MODELS; i++) {
      models.add(IntentTrainer.train(seed));
    }
    long after = usedAfterGc();
    counter.retainedKb = (after - before) / MODELS / 1024;
    return models;
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }
}
