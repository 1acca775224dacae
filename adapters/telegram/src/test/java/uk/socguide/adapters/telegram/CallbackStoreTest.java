package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallbackStoreTest {

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T09:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  private final MovableClock clock = new MovableClock();
  private final CallbackStore store = new CallbackStore(100, Duration.ofHours(1), clock);

  @Test
  void idsAreShortEnoughForCallbackDataWhateverTheValue() {
    String value = "#feedback:no:" + "council.licensing-trading-standards".repeat(5);
    String id = store.put(42, value);

    assertThat(id.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
    assertThat(id).matches("[A-Za-z0-9_-]+");
    assertThat(store.resolve(42, id)).contains(value);
  }

  @Test
  void anIdResolvesOnlyInTheChatItWasMadeFor() {
    String id = store.put(42, "#topic:report.fraud");

    assertThat(store.resolve(43, id)).isEmpty();
    assertThat(store.resolve(42, id)).contains("#topic:report.fraud");
  }

  @Test
  void unknownAndMissingIdsResolveToNothing() {
    assertThat(store.resolve(42, "nonsense")).isEmpty();
    assertThat(store.resolve(42, null)).isEmpty();
  }

  @Test
  void idsExpire() {
    String id = store.put(42, "#help");
    clock.advance(Duration.ofMinutes(59));
    assertThat(store.resolve(42, id)).isPresent();

    clock.advance(Duration.ofMinutes(2));

    assertThat(store.resolve(42, id)).isEmpty();
  }

  @Test
  void theStoreIsBoundedAndForgetsTheOldestFirst() {
    String first = store.put(1, "#help");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 150; i++) {
      ids.add(store.put(1, "#topic:t" + i));
    }

    assertThat(store.size()).isEqualTo(100);
    assertThat(ids).hasSize(150);
    assertThat(store.resolve(1, first)).isEmpty();
  }

  @Test
  void expiredIdsAreDroppedWhenNewOnesArrive() {
    for (int i = 0; i < 50; i++) {
      store.put(1, "#help");
    }
    clock.advance(Duration.ofHours(2));

    store.put(1, "#help");

    assertThat(store.size()).isEqualTo(1);
  }
}
