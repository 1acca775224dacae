package uk.socguide.adapters.teams;

import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.AdaptiveCardInvokeResponse;
import com.microsoft.bot.schema.AdaptiveCardInvokeValue;
import com.microsoft.bot.schema.Error;
import com.microsoft.bot.schema.Serialization;
import java.util.stream.Collectors;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.TurnHandler;

/**
 * Answers the card buttons Teams sends as {@code adaptiveCard/action} invokes (Action.Execute): the
 * button's value goes to the engine as the user's message, and the engine's reply comes back in the
 * invoke response as a message Teams shows beside the card. Other invokes get no answer, which the
 * SDK turns into 501.
 */
final class FeedbackInvokes {
  static final String ADAPTIVE_CARD_ACTION = "adaptiveCard/action";
  private static final String MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message";
  private static final String ERROR_RESPONSE = "application/vnd.microsoft.error";

  private final TurnHandler engine;
  private final TeamsUsers users;

  FeedbackInvokes(TurnHandler engine, TeamsUsers users) {
    this.engine = engine;
    this.users = users;
  }

  /** The response to send, or {@code null} for an invoke this bot does not handle. */
  InvokeResponse answer(Activity activity) {
    if (!ADAPTIVE_CARD_ACTION.equals(activity.getName())) {
      return null;
    }
    AdaptiveCardInvokeValue invoke =
        activity.getValue() == null
            ? null
            : Serialization.getAs(activity.getValue(), AdaptiveCardInvokeValue.class);
    if (invoke == null || invoke.getAction() == null) {
      return error(400, "BadRequest", "the invoke has no action");
    }
    if (!"Action.Execute".equals(invoke.getAction().getType())
        || !CardActions.FEEDBACK_VERB.equals(invoke.getAction().getVerb())) {
      return null;
    }
    String value = CardActions.valueFrom(invoke.getAction().getData());
    if (value == null) {
      return error(400, "BadRequest", "the action carries no value");
    }
    Reply reply =
        engine.handle(
            InboundMessage.text(
                TeamsUsers.CHANNEL,
                users.conversationKey(activity.getConversation().getId()),
                users.userHash(activity.getFrom()),
                value,
                Audience.COUNCILLOR));
    AdaptiveCardInvokeResponse body = new AdaptiveCardInvokeResponse();
    body.setStatusCode(200);
    body.setType(MESSAGE_RESPONSE);
    body.setValue(reply.messages().stream().map(PlainText::of).collect(Collectors.joining("\n\n")));
    return new InvokeResponse(200, body);
  }

  private static InvokeResponse error(int status, String code, String message) {
    Error error = new Error();
    error.setCode(code);
    error.setMessage(message);
    AdaptiveCardInvokeResponse body = new AdaptiveCardInvokeResponse();
    body.setStatusCode(status);
    body.setType(ERROR_RESPONSE);
    body.setValue(error);
    return new InvokeResponse(status, body);
  }
}
