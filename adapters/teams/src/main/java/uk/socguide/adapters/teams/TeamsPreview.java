package uk.socguide.adapters.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.util.ArrayList;
import java.util.List;
import uk.socguide.core.ReplyMessage;

/**
 * How a reply message looks in Teams, for the editors' preview in the workspace. Uses the very code
 * that renders replies for sending, so the preview cannot drift from what councillors see. Needs no
 * settings and no network, and hands out only JSON text.
 */
public final class TeamsPreview {
  private static final ReplyRenderer RENDERER = new ReplyRenderer();

  private TeamsPreview() {}

  /**
   * The activities the adapter sends for the message in a personal chat (where councillors, the
   * adapter's default audience, usually ask), in order, each as its JSON: an Adaptive Card 1.5 for
   * an answer, Markdown text with at most three suggested actions otherwise, split so that none is
   * over 80 KB. All text in them is escaped as sent. The addressing added at sending time
   * (conversation, service URL, reply-to id) is left out.
   */
  public static List<String> activities(ReplyMessage message) {
    List<String> out = new ArrayList<>();
    for (Activity activity : RENDERER.render(message, TeamsScope.PERSONAL)) {
      out.add(json(activity));
    }
    return out;
  }

  private static String json(Activity activity) {
    try {
      return Serialization.toString(activity);
    } catch (JsonProcessingException e) {
      // the adapter built the activity from plain values; it always serialises
      throw new IllegalStateException("a Teams activity could not be written as JSON", e);
    }
  }
}
