package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.socguide.core.Actions;
import uk.socguide.core.Suggestion;

class QuickRepliesTest {
  private final QuickReplies replies = new QuickReplies();

  @Test
  void aPickedTitleBecomesItsActionInThatConversationOnly() {
    replies.offered(
        "c1", List.of(new Suggestion("The National Crime Agency", Actions.topic("nca"))));

    assertThat(replies.resolve("c1", " the national crime agency ")).isEqualTo("#topic:nca");
    assertThat(replies.resolve("c2", "The National Crime Agency"))
        .isEqualTo("The National Crime Agency");
    assertThat(replies.resolve("c1", "something else")).isEqualTo("something else");
  }

  @Test
  void onlyTheLatestOfferCounts() {
    replies.offered("c1", List.of(new Suggestion("Old", "#topic:old")));
    replies.offered("c1", List.of(new Suggestion("New", "#topic:new")));

    assertThat(replies.resolve("c1", "Old")).isEqualTo("Old");
    assertThat(replies.resolve("c1", "New")).isEqualTo("#topic:new");
  }

  @Test
  void memoryIsBounded() {
    for (int i = 0; i <= QuickReplies.MAX_CONVERSATIONS; i++) {
      replies.offered("c" + i, List.of(new Suggestion("T", "#topic:t")));
    }
    assertThat(replies.resolve("c0", "T")).isEqualTo("T");
    assertThat(replies.resolve("c" + QuickReplies.MAX_CONVERSATIONS, "T")).isEqualTo("#topic:t");
  }
}
