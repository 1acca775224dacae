package uk.socguide.adapters.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import uk.socguide.core.channel.HttpEndpoint;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;

/**
 * {@code POST /api/parse}: {@code {"text": string}} in; the intent ranking (at most {@value
 * #MAX_RANKED} intents) and the entities out. No conversation is touched. Errors as for {@link
 * ChatEndpoint}.
 */
public final class ParseEndpoint implements HttpEndpoint {
  static final int MAX_RANKED = 10;

  private final IntentParser parser;

  public ParseEndpoint(IntentParser parser) {
    this.parser = parser;
  }

  record ParseJson(
      String intent,
      double confidence,
      boolean outOfScope,
      boolean needsClarification,
      List<ParseResult.Ranked> ranking,
      List<ChatJson.Entity> entities) {}

  @Override
  public HttpResponse handle(HttpRequest request) {
    try {
      ObjectNode body = JsonBodies.readObject(request);
      String text = JsonBodies.requiredText(body, ChatEndpoint.MAX_TEXT_CHARS);
      ParseResult result = parser.parse(text);
      List<ParseResult.Ranked> ranking =
          result.ranking().stream()
              .limit(MAX_RANKED)
              .map(r -> new ParseResult.Ranked(r.intent(), ChatJson.finite(r.score())))
              .toList();
      ParseResult.Ranked top = ranking.isEmpty() ? null : ranking.get(0);
      return Responses.json(
          200,
          new ParseJson(
              top == null || result.outOfScope() ? null : top.intent(),
              top == null ? 0 : top.score(),
              result.outOfScope(),
              result.needsClarification(),
              ranking,
              ChatJson.entities(result.entities())));
    } catch (ClientError e) {
      return Responses.error(e);
    }
  }
}
