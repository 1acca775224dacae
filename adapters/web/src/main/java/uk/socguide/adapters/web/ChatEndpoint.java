package uk.socguide.adapters.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.UserIds;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;

/**
 * {@code POST /api/chat}: one turn of a browser or API conversation.
 *
 * <p>Request: {@code {"conversationId"?: string, "text": string, "audience"?:
 * "councillor"|"frontline"}}. A missing conversation id starts a new conversation; the answer
 * carries the id to send next time. The user is the browser's {@value #BROWSER_HEADER} header when
 * it holds a valid id, otherwise the conversation; either is hashed with {@link UserIds} before the
 * engine sees it.
 *
 * <p>Errors, each a JSON {@code {"error", "status"}}: 415 for a body that is not JSON, 413 for a
 * body over 32 KB or text over 2,000 characters, 400 for invalid UTF-8, invalid JSON, or a missing,
 * empty or mistyped field.
 */
public final class ChatEndpoint implements HttpEndpoint {
  public static final String CHANNEL = "web";
  public static final String BROWSER_HEADER = "X-Browser-Id";
  static final int MAX_TEXT_CHARS = 2000;

  private final TurnHandler turns;
  private final UserIds userIds;

  public ChatEndpoint(TurnHandler turns, UserIds userIds) {
    this.turns = turns;
    this.userIds = userIds;
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    try {
      ObjectNode body = JsonBodies.readObject(request);
      String text = JsonBodies.requiredText(body, MAX_TEXT_CHARS);
      String conversationId =
          ConversationIds.resolve(JsonBodies.optionalString(body, "conversationId"));
      Audience audience = audience(JsonBodies.optionalString(body, "audience"));
      String browser = request.header(BROWSER_HEADER).orElse(null);
      String user = ConversationIds.isValid(browser) ? browser : conversationId;
      Reply reply =
          turns.handle(
              InboundMessage.text(
                  CHANNEL, conversationId, userIds.hash(CHANNEL, user), text, audience));
      return Responses.json(200, ChatJson.of(conversationId, reply));
    } catch (ClientError e) {
      return Responses.error(e);
    }
  }

  private static Audience audience(String value) {
    if (value == null) {
      return null;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "councillor" -> Audience.COUNCILLOR;
      case "frontline" -> Audience.FRONTLINE;
      default -> throw new ClientError(400, "audience must be \"councillor\" or \"frontline\"");
    };
  }
}
