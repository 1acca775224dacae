package uk.socguide.adapters.teams;

import com.microsoft.bot.schema.ActionTypes;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.CardAction;
import com.microsoft.bot.schema.SuggestedActions;
import com.microsoft.bot.schema.TextFormatTypes;
import java.util.ArrayList;
import java.util.List;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.Suggestion;

/**
 * Turns one reply message into Teams message activities. Answers (a title, sources, a review date
 * or a feedback prompt) become Adaptive Cards with a plain-text fallback; other messages are
 * Markdown text, with quick replies as suggested actions in personal chat (at most three, never
 * beside a card, posting their titles) and as card buttons elsewhere. No activity exceeds {@link
 * #MAX_ACTIVITY_BYTES}.
 */
final class ReplyRenderer {
  /** Teams refuses messages near 100 KB; staying under 80 KB leaves room for the envelope. */
  static final int MAX_ACTIVITY_BYTES = 80 * 1024;

  static final int MAX_SUGGESTED_ACTIONS = 3;
  private static final int SUMMARY_CHARS = 200;

  private final MessageSplitter cards =
      new MessageSplitter((m, s) -> renderOne(m, s, true), MAX_ACTIVITY_BYTES);
  private final MessageSplitter texts =
      new MessageSplitter((m, s) -> renderOne(m, s, false), MAX_ACTIVITY_BYTES);

  /** The message as one activity, or several when it is too large for one. */
  List<Activity> render(ReplyMessage message, TeamsScope scope) {
    return (needsCard(message, scope) ? cards : texts).split(message, scope);
  }

  /** One activity for the message, whatever its size. */
  static Activity renderOne(ReplyMessage message, TeamsScope scope, boolean asCard) {
    Activity activity = new Activity(ActivityTypes.MESSAGE);
    activity.setTimestamp(null);
    String plain = PlainText.of(message);
    if (asCard) {
      Attachment card = new Attachment();
      card.setContentType(AdaptiveCards.CONTENT_TYPE);
      card.setContent(AdaptiveCards.card(message, plain));
      activity.setAttachments(List.of(card));
      activity.setSummary(summary(message, plain));
    } else {
      activity.setText(MarkdownText.render(message.body()));
      activity.setTextFormat(TextFormatTypes.MARKDOWN);
      if (!message.suggestions().isEmpty() && scope.allowsSuggestedActions()) {
        activity.setSuggestedActions(suggestedActions(message.suggestions()));
      }
    }
    return activity;
  }

  static boolean needsCard(ReplyMessage message, TeamsScope scope) {
    boolean answer =
        (message.title() != null && !message.title().isBlank())
            || !message.sources().isEmpty()
            || message.lastReviewed() != null
            || (message.feedbackTopic() != null && !message.feedbackTopic().isBlank());
    return answer || (!message.suggestions().isEmpty() && !scope.allowsSuggestedActions());
  }

  /** The suggestions a message shows as suggested actions, or none when it is a card. */
  static List<Suggestion> quickReplies(ReplyMessage message, TeamsScope scope) {
    if (needsCard(message, scope) || !scope.allowsSuggestedActions()) {
      return List.of();
    }
    List<Suggestion> all = message.suggestions();
    return all.subList(0, Math.min(MAX_SUGGESTED_ACTIONS, all.size()));
  }

  /** imBack buttons that post the readable title; {@link QuickReplies} maps it back. */
  private static SuggestedActions suggestedActions(List<Suggestion> suggestions) {
    List<CardAction> actions = new ArrayList<>();
    for (Suggestion s :
        suggestions.subList(0, Math.min(MAX_SUGGESTED_ACTIONS, suggestions.size()))) {
      actions.add(new CardAction(ActionTypes.IM_BACK, s.title(), s.title()));
    }
    SuggestedActions suggested = new SuggestedActions();
    suggested.setActions(actions);
    return suggested;
  }

  private static String summary(ReplyMessage message, String plain) {
    String text = message.title() != null && !message.title().isBlank() ? message.title() : plain;
    return text.length() <= SUMMARY_CHARS ? text : text.substring(0, SUMMARY_CHARS - 1) + "…";
  }
}
