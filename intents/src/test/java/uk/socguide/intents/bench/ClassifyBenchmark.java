package uk.socguide.intents.bench;

import java.util.List;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import uk.socguide.intents.Classification;
import uk.socguide.intents.IntentModel;
import uk.socguide.intents.IntentTrainer;

/**
 * The whole classification pipeline (normalise, correct, stem, lexicon, maxent, BM25, decision) on
 * a model trained from the seed content, one question per call, cycling through {@link
 * SeedData#QUESTIONS}. {@code sample} gives p50/p99 per call; {@code throughput} gives calls per
 * second on one thread and, in {@code throughput2}, on two at once.
 *
 * <p>Run: {@code scripts/bench intents ClassifyBenchmark}
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifyBenchmark {

  private IntentModel model;
  private List<String> questions;

  @Setup
  public void train() {
    model = IntentTrainer.train(SeedData.trainingSet());
    questions = SeedData.QUESTIONS;
  }

  /** Each thread walks the questions from its own position. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    String take(List<String> questions) {
      String q = questions.get(next);
      next = (next + 1) % questions.size();
      return q;
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Classification sample(Cursor cursor) {
    return model.classify(cursor.take(questions));
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Classification throughput(Cursor cursor) {
    return model.classify(cursor.take(questions));
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(2)
  public Classification throughput2(Cursor cursor) {
    return model.classify(cursor.take(questions));
  }
}
