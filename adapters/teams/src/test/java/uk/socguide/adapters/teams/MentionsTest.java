package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionsTest {

  private static Activity message(String text, String botName, Mention... mentions) {
    Activity a = new Activity(ActivityTypes.MESSAGE);
    a.setText(text);
    a.setRecipient(new ChannelAccount("28:bot", botName));
    List<Entity> entities = new ArrayList<>();
    for (Mention m : mentions) {
      Entity e = new Entity();
      e.setAs(m);
      entities.add(e);
    }
    a.setEntities(entities);
    return a;
  }

  private static Mention mention(String id, String name, String text) {
    Mention m = new Mention();
    m.setMentioned(new ChannelAccount(id, name));
    m.setText(text);
    return m;
  }

  @Test
  void botMentionIsRemoved() {
    Activity a =
        message(
            "<at>SOC Guide</at> what is cuckooing?",
            "SOC Guide",
            mention("28:bot", "SOC Guide", "<at>SOC Guide</at>"));
    assertThat(Mentions.withoutBotMention(a)).isEqualTo("what is cuckooing?");
  }

  @Test
  void nameWithRegexCharactersIsRemovedLiterally() {
    Activity a =
        message(
            "hi <at>SOC Guide (beta) [$1]</at> help",
            "SOC Guide (beta) [$1]",
            mention("28:bot", "SOC Guide (beta) [$1]", "<at>SOC Guide (beta) [$1]</at>"));
    assertThat(Mentions.withoutBotMention(a)).isEqualTo("hi help");
  }

  @Test
  void otherPeopleKeepTheirNamesWithoutTags() {
    Activity a =
        message(
            "<at>SOC Guide</at> ask <at>Jo $2 Bloggs</at> later",
            "SOC Guide",
            mention("28:bot", "SOC Guide", "<at>SOC Guide</at>"),
            mention("29:jo", "Jo $2 Bloggs", "<at>Jo $2 Bloggs</at>"));
    assertThat(Mentions.withoutBotMention(a)).isEqualTo("ask Jo $2 Bloggs later");
  }

  @Test
  void textWithoutMentionsIsUnchanged() {
    assertThat(Mentions.withoutBotMention(message("  plain question ", "SOC Guide")))
        .isEqualTo("plain question");
    Activity none = new Activity(ActivityTypes.MESSAGE);
    assertThat(Mentions.withoutBotMention(none)).isEmpty();
  }
}
