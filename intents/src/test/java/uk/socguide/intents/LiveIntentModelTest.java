package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class LiveIntentModelTest {

  private static final List<String> QUESTIONS =
      List.of("what happened to soca", "how do i report fraud", "hello", "bins", "", "cuckoing");

  @Test
  void classificationCarriesOnWhileModelsAreSwapped() throws Exception {
    IntentModel first = IntentTrainer.train(TinyData.set());
    TrainingSet fewer =
        new TrainingSet(
            TinyData.set().examples().stream().filter(e -> !e.intent().equals("nca.soca")).toList(),
            TinyData.LEXICON,
            Set.of(TinyData.OOS));
    IntentModel second = IntentTrainer.train(fewer);
    List<List<Classification>> allowed = new ArrayList<>();
    for (String q : QUESTIONS) {
      allowed.add(List.of(first.classify(q), second.classify(q)));
    }
    LiveIntentModel live = new LiveIntentModel(first);
    AtomicBoolean running = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    int threads = 4;
    CountDownLatch started = new CountDownLatch(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> counts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      counts.add(
          pool.submit(
              () -> {
                started.countDown();
                int done = 0;
                while (running.get()) {
                  int i = done % QUESTIONS.size();
                  try {
                    Classification c = live.classify(QUESTIONS.get(i));
                    if (!allowed.get(i).contains(c)) {
                      problems.add("unexpected result for " + QUESTIONS.get(i) + ": " + c);
                    }
                  } catch (RuntimeException e) {
                    problems.add(e.toString());
                  }
                  done++;
                }
                return done;
              }));
    }
    started.await();
    for (int swap = 0; swap < 2_000; swap++) {
      IntentModel replaced = live.swap(swap % 2 == 0 ? second : first);
      assertThat(replaced).isSameAs(swap % 2 == 0 ? first : second);
      LockSupport.parkNanos(20_000);
    }
    running.set(false);
    int total = 0;
    for (Future<Integer> f : counts) {
      total += f.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(problems).isEmpty();
    assertThat(total).isPositive();
    assertThat(live.current()).isSameAs(first);
  }
}
