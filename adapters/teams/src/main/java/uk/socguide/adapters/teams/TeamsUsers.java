package uk.socguide.adapters.teams;

import com.microsoft.bot.schema.ChannelAccount;
import uk.socguide.core.UserIds;

/** Pseudonyms for Teams users and conversations; raw ids never leave the adapter. */
final class TeamsUsers {
  static final String CHANNEL = "teams";
  private static final String CONVERSATIONS = "teams-conversation";

  private final UserIds userIds;

  TeamsUsers(UserIds userIds) {
    this.userIds = userIds;
  }

  /** The user's Entra object id when Teams sends it (stable across bots), else their Teams id. */
  String userHash(ChannelAccount account) {
    if (account == null) {
      return userIds.hash(CHANNEL, "");
    }
    String aad = account.getAadObjectId();
    String raw = aad != null && !aad.isBlank() ? aad : account.getId();
    return userIds.hash(CHANNEL, raw == null ? "" : raw);
  }

  /** The conversation id the engine keys its state by. */
  String conversationKey(String teamsConversationId) {
    return userIds.hash(CONVERSATIONS, teamsConversationId);
  }
}
