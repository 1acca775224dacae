package uk.socguide.content.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.socguide.content.ConversationRecord;
import uk.socguide.content.ConversationStore;
import uk.socguide.content.testing.TestDatabases;

class ConversationStoreTest {
  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private final Database db = TestDatabases.inMemory();
  private final ConversationStore store = db.conversations();

  @AfterEach
  void close() {
    db.close();
  }

  private static ConversationRecord record(String id, String topic, Instant at) {
    return new ConversationRecord(
        id,
        "telegram",
        topic,
        "FRONTLINE",
        "SCOTLAND",
        List.of("report.fraud", "role.nca"),
        42L,
        at);
  }

  @Test
  void aSavedConversationIsFoundWithEveryField() {
    store.save(record("c1", "report.fraud", NOW));
    assertThat(store.find("c1", NOW)).contains(record("c1", "report.fraud", NOW));
  }

  @Test
  void savingAgainReplacesTheState() {
    store.save(record("c1", "report.fraud", NOW));
    store.save(
        new ConversationRecord(
            "c1", "telegram", "role.nca", null, null, List.of(), null, NOW.plusSeconds(5)));
    ConversationRecord found = store.find("c1", NOW.plusSeconds(5)).orElseThrow();
    assertThat(found.lastTopic()).isEqualTo("role.nca");
    assertThat(found.audience()).isNull();
    assertThat(found.pendingChoices()).isEmpty();
    assertThat(found.awaitingFeedback()).isNull();
  }

  @Test
  void anIdleConversationIsForgotten() {
    store.save(record("c1", "report.fraud", NOW));
    Instant later = NOW.plus(ConversationStore.IDLE_EXPIRY).plusSeconds(1);
    assertThat(store.find("c1", later)).isEmpty();
    assertThat(store.find("c1", NOW.plus(ConversationStore.IDLE_EXPIRY))).isPresent();
  }

  @Test
  void unknownConversationsAreEmpty() {
    assertThat(store.find("nobody", NOW)).isEmpty();
    assertThat(store.find("x".repeat(600), NOW)).isEmpty();
  }

  @Test
  void purgeDeletesOnlyIdleConversations() {
    store.save(record("old", null, NOW.minus(Duration.ofHours(2))));
    store.save(record("new", null, NOW));
    assertThat(store.purgeIdleBefore(NOW.minus(Duration.ofMinutes(30)))).isEqualTo(1);
    assertThat(store.find("new", NOW)).isPresent();
  }

  @Test
  void anOverlongIdIsRefusedClearly() {
    assertThatThrownBy(() -> store.save(record("x".repeat(501), null, NOW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("500");
  }

  @Test
  void concurrentTurnsOfManyConversationsAllLand() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        String id = "c" + (i % 20);
        String topic = "t" + i;
        futures.add(pool.submit(() -> store.save(record(id, topic, NOW))));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    for (int i = 0; i < 20; i++) {
      assertThat(store.find("c" + i, NOW)).isPresent();
    }
  }
}
