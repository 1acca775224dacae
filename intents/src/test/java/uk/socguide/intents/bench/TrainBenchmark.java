package uk.socguide.intents.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Retraining from the seed content: the final model and the cross-validation folds that calibrate
 * it, on every core. {@code cold} is one training in a fresh JVM (as at start-up, before the JIT
 * has compiled anything); {@code warm} is retraining in a running application.
 *
 * <p>Run: {@code scripts/bench intents TrainBenchmark}
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TrainBenchmark {

  private TrainingSet seed;

  @Setup
  public void read() {
    seed = SeedData.trainingSet();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Fork(1)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  public IntentModel warm() {
    return IntentTrainer.train(seed);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Fork(5)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public IntentModel cold() {
    return IntentTrainer.train(seed);
  }
}
