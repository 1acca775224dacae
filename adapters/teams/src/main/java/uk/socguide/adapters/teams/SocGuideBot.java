package uk.socguide.adapters.teams;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.BotFrameworkAdapter;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.ChannelAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.Suggestion;
import uk.socguide.core.TurnHandler;

/**
 * One Teams turn: translates the activity into an {@link InboundMessage}, runs the engine and
 * queues the rendered reply. Messages and card submits are answered in the thread they came from; a
 * personal chat is welcomed once when it starts or the bot is installed there (never a group chat
 * or a team); card feedback sent as an Action.Execute invoke is answered in the invoke response.
 * Other activities are ignored.
 */
final class SocGuideBot implements Bot {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final TurnHandler engine;
  private final TeamsUsers users;
  private final ReplyRenderer renderer;
  private final ReplyDelivery delivery;
  private final FeedbackInvokes invokes;
  private final QuickReplies quickReplies = new QuickReplies();
  private final Welcomes welcomes;

  SocGuideBot(
      TurnHandler engine,
      TeamsUsers users,
      ReplyRenderer renderer,
      ReplyDelivery delivery,
      Welcomes welcomes) {
    this.engine = engine;
    this.welcomes = welcomes;
    this.users = users;
    this.renderer = renderer;
    this.delivery = delivery;
    this.invokes = new FeedbackInvokes(engine, users);
  }

  @Override
  public CompletableFuture<Void> onTurn(TurnContext turn) {
    Activity activity = turn.getActivity();
    ConnectorClient client = turn.getTurnState().get(BotFrameworkAdapter.CONNECTOR_CLIENT_KEY);
    switch (activity.getType()) {
      case ActivityTypes.MESSAGE:
        onMessage(activity, client);
        return DONE;
      case ActivityTypes.CONVERSATION_UPDATE:
        onConversationUpdate(activity, client);
        return DONE;
      case ActivityTypes.INSTALLATION_UPDATE:
        onInstallationUpdate(activity, client);
        return DONE;
      case ActivityTypes.INVOKE:
        InvokeResponse response = invokes.answer(activity);
        if (response == null) {
          return DONE; // no invoke response: the SDK answers 501
        }
        Activity invokeResponse = new Activity(ActivityTypes.INVOKE_RESPONSE);
        invokeResponse.setValue(response);
        return turn.sendActivity(invokeResponse).thenApply(sent -> null);
      default:
        return DONE;
    }
  }

  private void onMessage(Activity activity, ConnectorClient client) {
    TeamsScope scope = TeamsScope.of(activity);
    String conversationId = activity.getConversation().getId();
    String replyTo = activity.getId();
    boolean showTyping = scope != TeamsScope.CHANNEL;
    if (showTyping) {
      delivery.send(
          new Outgoing(client, activity.getServiceUrl(), conversationId, replyTo, true, List.of()));
    }
    String conversationKey = users.conversationKey(conversationId);
    String buttonValue = CardActions.valueFrom(activity.getValue());
    String text =
        buttonValue != null
            ? buttonValue
            : quickReplies.resolve(
                conversationKey, TeamsCommands.resolve(Mentions.withoutBotMention(activity)));
    InboundMessage.Kind kind =
        text.isBlank() && hasNonTextAttachment(activity)
            ? InboundMessage.Kind.NON_TEXT
            : InboundMessage.Kind.TEXT;
    Reply reply =
        engine.handle(
            new InboundMessage(
                TeamsUsers.CHANNEL,
                conversationKey,
                users.userHash(activity.getFrom()),
                text,
                Audience.COUNCILLOR,
                kind));
    delivery.send(
        new Outgoing(
            client,
            activity.getServiceUrl(),
            conversationId,
            replyTo,
            false,
            render(reply, scope, conversationKey)));
  }

  /**
   * Welcomes a person who opened a personal chat with the bot: the member added, or, when Teams
   * lists only the bot itself (a personal install), the person who installed it. Never a group chat
   * or a team.
   */
  private void onConversationUpdate(Activity activity, ConnectorClient client) {
    if (TeamsScope.of(activity) != TeamsScope.PERSONAL) {
      return;
    }
    String botId = botId(activity);
    if (includesBot(activity.getMembersRemoved(), botId)) {
      welcomes.forget(users.conversationKey(activity.getConversation().getId()));
    }
    List<ChannelAccount> added =
        activity.getMembersAdded() == null ? List.of() : activity.getMembersAdded();
    ChannelAccount person =
        added.stream()
            .filter(m -> m != null && m.getId() != null && !m.getId().equals(botId))
            .findFirst()
            .orElse(null);
    if (person == null && includesBot(added, botId)) {
      person = activity.getFrom();
    }
    if (person != null) {
      welcome(activity, person, client);
    }
  }

  /** A personal install (action {@code add}) is welcomed; an uninstall forgets the welcome. */
  private void onInstallationUpdate(Activity activity, ConnectorClient client) {
    if (TeamsScope.of(activity) != TeamsScope.PERSONAL || activity.getAction() == null) {
      return;
    }
    if (activity.getAction().equals("add")) {
      welcome(activity, activity.getFrom(), client);
    } else if (activity.getAction().startsWith("remove")) {
      welcomes.forget(users.conversationKey(activity.getConversation().getId()));
    }
  }

  /** Once per personal chat, however many install events announce it. */
  private void welcome(Activity activity, ChannelAccount person, ConnectorClient client) {
    String conversationId = activity.getConversation().getId();
    String conversationKey = users.conversationKey(conversationId);
    if (!welcomes.claim(conversationKey)) {
      return;
    }
    Reply welcome =
        engine.handle(
            new InboundMessage(
                TeamsUsers.CHANNEL,
                conversationKey,
                users.userHash(person),
                "",
                Audience.COUNCILLOR,
                InboundMessage.Kind.CONVERSATION_START));
    delivery.send(
        new Outgoing(
            client,
            activity.getServiceUrl(),
            conversationId,
            null,
            false,
            render(welcome, TeamsScope.PERSONAL, conversationKey)));
  }

  private static String botId(Activity activity) {
    return activity.getRecipient() == null ? null : activity.getRecipient().getId();
  }

  /** Whether the bot is among these members. */
  private static boolean includesBot(List<ChannelAccount> members, String botId) {
    return botId != null
        && members != null
        && members.stream().anyMatch(m -> m != null && botId.equals(m.getId()));
  }

  /** The reply's activities; quick replies offered are remembered for the conversation. */
  List<Activity> render(Reply reply, TeamsScope scope, String conversationKey) {
    List<Activity> out = new ArrayList<>();
    List<Suggestion> offered = new ArrayList<>();
    for (ReplyMessage message : reply.messages()) {
      out.addAll(renderer.render(message, scope));
      offered.addAll(ReplyRenderer.quickReplies(message, scope));
    }
    if (!offered.isEmpty()) {
      quickReplies.offered(conversationKey, offered);
    }
    return out;
  }

  /** Teams adds a text/html copy of every typed message; only other attachments are content. */
  private static boolean hasNonTextAttachment(Activity activity) {
    if (activity.getAttachments() == null) {
      return false;
    }
    for (Attachment a : activity.getAttachments()) {
      if (a != null && !"text/html".equalsIgnoreCase(a.getContentType())) {
        return true;
      }
    }
    return false;
  }
}
