package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.socguide.core.dialogue.TurnObserver;
import uk.socguide.core.testing.SampleEngine;

/** Closing the adapter leaves no thread of its own behind, in either mode. */
class TelegramShutdownIT {

  private static SampleEngine sample;

  @BeforeAll
  static void engine() {
    sample = SampleEngine.create();
  }

  @AfterAll
  static void closeEngine() {
    sample.close();
  }

  /**
   * Threads that are not the adapter's: the fake Bot API's own workers, and two JVM-wide pools of
   * OkHttp and Okio (the TaskRunner and the timeout watchdog), shared by every client in the JVM,
   * which no client can shut down; they are daemon threads that end after a minute idle, which
   * {@link #libraryThreadsAreDaemons} checks.
   */
  private static boolean notOurs(String name) {
    return name.startsWith("fake-bot-api") || sharedByOkHttp(name);
  }

  private static boolean sharedByOkHttp(String name) {
    return name.startsWith("OkHttp TaskRunner") || name.equals("Okio Watchdog");
  }

  private static void libraryThreadsAreDaemons() {
    assertThat(live().stream().filter(t -> sharedByOkHttp(t.getName()))).allMatch(Thread::isDaemon);
  }

  private static Set<Thread> live() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .collect(Collectors.toSet());
  }

  private static List<String> leftBehind(Set<Thread> before) throws InterruptedException {
    // threads that were told to stop may take a moment to finish
    for (int i = 0; i < 100; i++) {
      List<String> left =
          live().stream()
              .filter(t -> !before.contains(t))
              .map(Thread::getName)
              .filter(n -> !notOurs(n))
              .sorted()
              .toList();
      if (left.isEmpty()) {
        return left;
      }
      Thread.sleep(50);
    }
    return live().stream()
        .filter(t -> !before.contains(t))
        .map(Thread::getName)
        .filter(n -> !notOurs(n))
        .toList();
  }

  @Test
  void pollingStopsEveryThreadItStarted() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      Set<Thread> before = live();
      TelegramAdapter adapter =
          Harness.adapter(Harness.settings(api, Map.of()), sample.engine(), TurnObserver.NONE);
      try {
        adapter.start().get(10, TimeUnit.SECONDS);
        api.deliver(Updates.text(Updates.nextId(), 8_300_001L, 8_300_001L, "what is the NCA?"));
        api.awaitMessages(8_300_001L, 1);
        // a long poll is now in flight on the fake server
        api.await("getUpdates", 2);
        assertThat(live().stream().map(Thread::getName))
            .anyMatch(n -> n.startsWith("telegram-poll"))
            .anyMatch(n -> n.startsWith("telegram-chat"));
      } finally {
        adapter.close();
      }

      assertThat(leftBehind(before)).isEmpty();
      libraryThreadsAreDaemons();
      assertThat(adapter.isRunning()).isFalse();
    }
  }

  @Test
  void webhookStopsEveryThreadItStarted() throws Exception {
    try (FakeBotApi api = new FakeBotApi()) {
      Set<Thread> before = live();
      TelegramAdapter adapter =
          Harness.adapter(TelegramWebhookIT.settings(api), sample.engine(), TurnObserver.NONE);
      try {
        adapter.start().get(10, TimeUnit.SECONDS);
        TelegramWebhookIT.post(
            adapter.webhook().orElseThrow(),
            "webhook-secret_for-tests-0123456789",
            Updates.text(Updates.nextId(), 8_300_002L, 8_300_002L, "what is the NCA?"));
        assertThat(api.awaitMessages(8_300_002L, 1)).hasSize(1);
      } finally {
        adapter.close();
      }

      assertThat(leftBehind(before)).isEmpty();
    }
  }

  @Test
  void closingWhileTelegramIsUnreachableStopsTheRetries() throws Exception {
    FakeBotApi api = new FakeBotApi();
    TelegramSettings settings = Harness.settings(api, Map.of());
    api.close();
    Set<Thread> before = live();
    TelegramAdapter adapter = Harness.adapter(settings, sample.engine(), TurnObserver.NONE);
    CompletableFuture<Void> started = adapter.start();
    Thread.sleep(300);

    adapter.close();

    assertThat(leftBehind(before)).isEmpty();
    assertThat(started).isCompletedExceptionally();
  }
}
