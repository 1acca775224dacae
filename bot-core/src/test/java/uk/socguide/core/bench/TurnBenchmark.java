package uk.socguide.core.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.testing.SampleEngine;

/**
 * One turn through the real engine in-process: guards, intent detection, policy, and conversation
 * state read and written in the in-memory H2 database. The questions rotate through an answer, a
 * follow-up, small talk, a fallback and a clarification-prone question, each thread in its own
 * conversations.
 *
 * <p>{@code scripts/bench bot-core -t 1 TurnBenchmark} (then {@code -t 2}): {@code latency} gives
 * p50 and p99 in microseconds, {@code turnsPerSecond} the throughput.
 */
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TurnBenchmark {

  static final List<String> QUESTIONS =
      List.of(
          "how do i report fraud",
          "what if I'm in Scotland?",
          "what does the national crime agency do",
          "when did that happen?",
          "thanks",
          "when are my bins collected",
          "someone scammed a resident online who do they tell",
          "what can councillors do about organised crime");

  @State(Scope.Benchmark)
  public static class Engine {
    SampleEngine sample;
    final AtomicInteger threads = new AtomicInteger();

    @Setup(Level.Trial)
    public void start() {
      sample = SampleEngine.create();
    }

    @TearDown(Level.Trial)
    public void stop() {
      sample.close();
    }
  }

  @State(Scope.Thread)
  public static class Conversation {
    String prefix;
    int turn;

    @Setup(Level.Trial)
    public void start(Engine engine) {
      prefix = "bench-" + engine.threads.incrementAndGet() + "-";
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Reply latency(Engine engine, Conversation c) {
    return turn(engine, c);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Reply turnsPerSecond(Engine engine, Conversation c) {
    return turn(engine, c);
  }

  private static Reply turn(Engine engine, Conversation c) {
    int n = c.turn++;
    String question = QUESTIONS.get(n % QUESTIONS.size());
    // a new conversation every round of questions, so state rows keep being created and updated
    String conversation = c.prefix + (n / QUESTIONS.size()) % 1000;
    return engine
        .sample
        .engine()
        .handle(InboundMessage.text("bench", conversation, "u", question, Audience.COUNCILLOR));
  }
}
