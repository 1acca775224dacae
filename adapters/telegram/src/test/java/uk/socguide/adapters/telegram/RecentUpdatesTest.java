package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RecentUpdatesTest {

  private final RecentUpdates recent = new RecentUpdates(3);

  @Test
  void anUpdateIdIsClaimedOnce() {
    assertThat(recent.claim(10)).isTrue();
    assertThat(recent.claim(10)).isFalse();
  }

  @Test
  void aReleasedIdCanBeClaimedAgain() {
    recent.claim(10);
    recent.release(10);

    assertThat(recent.claim(10)).isTrue();
  }

  @Test
  void memoryIsBoundedByForgettingTheOldest() {
    recent.claim(1);
    recent.claim(2);
    recent.claim(3);
    recent.claim(4);

    assertThat(recent.claim(1)).isTrue();
    assertThat(recent.claim(4)).isFalse();
  }
}
