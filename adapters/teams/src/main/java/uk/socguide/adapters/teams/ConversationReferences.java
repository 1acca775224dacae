package uk.socguide.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.Serialization;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the store in step with authenticated traffic: a reference is saved (or refreshed) for every
 * authenticated activity, and forgotten when the bot is removed from the conversation.
 */
final class ConversationReferences {
  private static final Logger LOG = LoggerFactory.getLogger(ConversationReferences.class);
  private static final String THREAD_SUFFIX = ";messageid=";

  private final ConversationReferenceStore store;
  private final TeamsUsers users;
  private final Clock clock;

  ConversationReferences(ConversationReferenceStore store, TeamsUsers users, Clock clock) {
    this.store = store;
    this.users = users;
    this.clock = clock;
  }

  /** Call only after the activity's token was validated. */
  void recordAuthenticated(Activity activity) {
    try {
      String conversationId = baseConversationId(activity.getConversation().getId());
      String key = users.conversationKey(conversationId);
      if (botRemoved(activity)) {
        store.remove(key);
        return;
      }
      ConversationAccount conversation = activity.getConversation();
      ChannelAccount bot = activity.getRecipient();
      store.save(
          new ConversationRef(
              key,
              activity.getServiceUrl(),
              activity.getChannelId(),
              conversationId,
              TeamsScope.of(activity) == TeamsScope.PERSONAL
                  ? "personal"
                  : conversation.getConversationType(),
              tenantId(activity),
              bot == null ? null : bot.getId(),
              clock.instant()));
    } catch (RuntimeException e) {
      // A full disk must not stop the bot answering; the reference is retried next activity.
      LOG.warn("Could not store a Teams conversation reference: {}", e.getClass().getSimpleName());
    }
  }

  List<ConversationRef> all() {
    return store.all();
  }

  ConversationReferenceStore store() {
    return store;
  }

  /** Channel messages carry their thread in the id; a later notice starts a new thread. */
  static String baseConversationId(String id) {
    int thread = id.indexOf(THREAD_SUFFIX);
    return thread < 0 ? id : id.substring(0, thread);
  }

  private static boolean botRemoved(Activity activity) {
    String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    if (ActivityTypes.INSTALLATION_UPDATE.equals(activity.getType())) {
      return activity.getAction() != null && activity.getAction().startsWith("remove");
    }
    return ActivityTypes.CONVERSATION_UPDATE.equals(activity.getType())
        && botId != null
        && activity.getMembersRemoved() != null
        && activity.getMembersRemoved().stream()
            .anyMatch(m -> m != null && botId.equals(m.getId()));
  }

  private static String tenantId(Activity activity) {
    String tenant = activity.getConversation().getTenantId();
    if (tenant != null && !tenant.isBlank()) {
      return tenant;
    }
    if (activity.getChannelData() == null) {
      return null;
    }
    JsonNode data = Serialization.objectToTree(activity.getChannelData());
    JsonNode id = data == null ? null : data.path("tenant").path("id");
    return id != null && id.isTextual() ? id.asText() : null;
  }
}
