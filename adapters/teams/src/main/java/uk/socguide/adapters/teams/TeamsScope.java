package uk.socguide.adapters.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ConversationAccount;

/** Where in Teams a conversation happens; decides welcomes, threading and quick replies. */
enum TeamsScope {
  PERSONAL,
  GROUP_CHAT,
  CHANNEL;

  static TeamsScope of(Activity activity) {
    ConversationAccount conversation = activity.getConversation();
    if (conversation == null) {
      return PERSONAL;
    }
    return of(conversation.getConversationType(), conversation.isGroup());
  }

  static TeamsScope of(String type, boolean isGroup) {
    if ("channel".equalsIgnoreCase(type)) {
      return CHANNEL;
    }
    if ("groupChat".equalsIgnoreCase(type)) {
      return GROUP_CHAT;
    }
    if ("personal".equalsIgnoreCase(type)) {
      return PERSONAL;
    }
    return isGroup ? GROUP_CHAT : PERSONAL;
  }

  /** Suggested actions (quick replies under the compose box) exist only in personal chat. */
  boolean allowsSuggestedActions() {
    return this == PERSONAL;
  }
}
