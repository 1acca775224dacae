package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.socguide.adapters.telegram.ChatBacklog.Admission.DROPPED;
import static uk.socguide.adapters.telegram.ChatBacklog.Admission.FIRST_DROPPED;
import static uk.socguide.adapters.telegram.ChatBacklog.Admission.TAKEN;

import org.junit.jupiter.api.Test;

class ChatBacklogTest {

  private static final boolean PRIVATE = false;
  private static final boolean GROUP = true;

  private final ChatBacklog backlog = new ChatBacklog(2, 3);

  @Test
  void aChatMayHaveOnlySoManyWaiting() {
    assertThat(backlog.tryAdd(1, PRIVATE)).isEqualTo(TAKEN);
    assertThat(backlog.tryAdd(1, PRIVATE)).isEqualTo(TAKEN);
    assertThat(backlog.tryAdd(1, PRIVATE)).isNotEqualTo(TAKEN);
    assertThat(backlog.tryAdd(2, PRIVATE)).isEqualTo(TAKEN);
  }

  @Test
  void aGroupMayHaveMoreWaitingThanAPrivateChat() {
    assertThat(backlog.tryAdd(-5, GROUP)).isEqualTo(TAKEN);
    assertThat(backlog.tryAdd(-5, GROUP)).isEqualTo(TAKEN);
    assertThat(backlog.tryAdd(-5, GROUP)).isEqualTo(TAKEN);
    assertThat(backlog.tryAdd(-5, GROUP)).isEqualTo(FIRST_DROPPED);
  }

  @Test
  void onlyTheFirstDropOfAnEpisodeAsksForANotice() {
    backlog.tryAdd(1, PRIVATE);
    backlog.tryAdd(1, PRIVATE);

    assertThat(backlog.tryAdd(1, PRIVATE)).isEqualTo(FIRST_DROPPED);
    assertThat(backlog.tryAdd(1, PRIVATE)).isEqualTo(DROPPED);
    backlog.done(1);
    assertThat(backlog.tryAdd(1, PRIVATE)).isEqualTo(TAKEN);
    // still the same episode: the chat has not caught up in between
    assertThat(backlog.tryAdd(1, PRIVATE)).isEqualTo(DROPPED);
  }

  @Test
  void anEpisodeEndsWhenTheChatCatchesUpAndReportsWhatItDropped() {
    backlog.tryAdd(1, PRIVATE);
    backlog.tryAdd(1, PRIVATE);
    backlog.tryAdd(1, PRIVATE);
    backlog.tryAdd(1, PRIVATE);

    assertThat(backlog.done(1)).isZero();
    assertThat(backlog.done(1)).isEqualTo(2);
    assertThat(backlog.chats()).isZero();
    backlog.tryAdd(1, PRIVATE);
    backlog.tryAdd(1, PRIVATE);
    assertThat(backlog.tryAdd(1, PRIVATE)).isEqualTo(FIRST_DROPPED);
  }

  @Test
  void finishingOneMakesRoomForAnother() {
    backlog.tryAdd(1, PRIVATE);
    backlog.tryAdd(1, PRIVATE);
    backlog.done(1);

    assertThat(backlog.tryAdd(1, PRIVATE)).isEqualTo(TAKEN);
  }

  @Test
  void chatsWithNothingWaitingAreForgotten() {
    backlog.tryAdd(1, PRIVATE);
    backlog.tryAdd(2, GROUP);
    backlog.done(1);
    backlog.done(2);

    assertThat(backlog.done(3)).isZero();
    assertThat(backlog.chats()).isZero();
  }

  @Test
  void aBacklogHoldsAtLeastOneUpdate() {
    assertThatThrownBy(() -> new ChatBacklog(0, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
