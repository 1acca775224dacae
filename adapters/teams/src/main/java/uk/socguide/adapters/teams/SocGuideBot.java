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
 * welcome goes to new members of a personal chat only; card feedback sent as an Action.Execute
 * invoke is answered in the invoke response. Other activities are ignored.
 */
final class SocGuideBot implements Bot {
  private static final CompletableFuture<Void> DONE = CompletableFuture.completedFuture(null);

  private final TurnHandler engine;
  private final TeamsUsers users;
  private final ReplyRenderer renderer;
  private final ReplyDelivery delivery;
  private final FeedbackInvokes invokes;
  private final QuickReplies quickReplies = new QuickReplies();

  SocGuideBot(
      TurnHandler engine, TeamsUsers users, ReplyRenderer renderer, ReplyDelivery delivery) {
    this.engine = engine;
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
        onMembersAdded(activity, client);
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

  /** Welcomes a person who opened a personal chat with the bot; never the bot, never a team. */
  private void onMembersAdded(Activity activity, ConnectorClient client) {
    if (TeamsScope.of(activity) != TeamsScope.PERSONAL || activity.getMembersAdded() == null) {
      return;
    }
    String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
    ChannelAccount person =
        activity.getMembersAdded().stream()
            .filter(m -> m != null && m.getId() != null && !m.getId().equals(botId))
            .findFirst()
            .orElse(null);
    if (person == null) {
      return;
    }
    String conversationId = activity.getConversation().getId();
    String conversationKey = users.conversationKey(conversationId);
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
