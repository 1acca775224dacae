package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatBacklogTest {

  private final ChatBacklog backlog = new ChatBacklog(2);

  @Test
  void aChatMayHaveOnlySoManyWaiting() {
    assertThat(backlog.tryAdd(1)).isTrue();
    assertThat(backlog.tryAdd(1)).isTrue();
    assertThat(backlog.tryAdd(1)).isFalse();
    assertThat(backlog.tryAdd(2)).isTrue();
  }

  @Test
  void finishingOneMakesRoomForAnother() {
    backlog.tryAdd(1);
    backlog.tryAdd(1);
    backlog.done(1);

    assertThat(backlog.tryAdd(1)).isTrue();
  }

  @Test
  void chatsWithNothingWaitingAreForgotten() {
    backlog.tryAdd(1);
    backlog.tryAdd(2);
    backlog.done(1);
    backlog.done(2);
    backlog.done(3);

    assertThat(backlog.chats()).isZero();
  }
}
