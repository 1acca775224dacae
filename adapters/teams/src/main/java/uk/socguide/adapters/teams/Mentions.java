package uk.socguide.adapters.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Mention;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the @mention of the bot from a message's text. In channels and group chats Teams only
 * delivers messages that mention the bot, and the mention's text ({@code <at>SOC Guide</at>}) would
 * otherwise reach intent detection. The SDK's own removeRecipientMention treats the mention text as
 * a regular expression, so a bot name with brackets breaks it; this removes the literal text.
 */
final class Mentions {
  private static final Pattern ANY_AT_TAG = Pattern.compile("<at>[^<]{0,256}</at>");

  private Mentions() {}

  static String withoutBotMention(Activity activity) {
    String text = activity.getText() == null ? "" : activity.getText();
    ChannelAccount bot = activity.getRecipient();
    if (activity.getEntities() != null && bot != null && bot.getId() != null) {
      for (Entity entity : activity.getEntities()) {
        if (entity == null || !"mention".equalsIgnoreCase(entity.getType())) {
          continue;
        }
        Mention mention = entity.getAs(Mention.class);
        if (mention == null
            || mention.getMentioned() == null
            || !bot.getId().equals(mention.getMentioned().getId())) {
          continue;
        }
        String mentionText = mention.getText();
        if (mentionText == null || mentionText.isEmpty()) {
          String name = mention.getMentioned().getName();
          mentionText = name == null ? null : "<at>" + name + "</at>";
        }
        if (mentionText != null) {
          text = text.replace(mentionText, " ");
        }
      }
    }
    if (bot != null && bot.getName() != null) {
      text = text.replace("<at>" + bot.getName() + "</at>", " ");
    }
    // Other people mentioned stay in the sentence, as their names without the tags.
    text =
        ANY_AT_TAG
            .matcher(text)
            .replaceAll(
                m -> Matcher.quoteReplacement(m.group().substring(4, m.group().length() - 5)));
    return text.replace('\u00a0', ' ').strip().replaceAll("\\s{2,}", " ");
  }
}
