package uk.socguide.adapters.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;

/**
 * Turns a request body into a Bot Framework activity, refusing what is not one: oversized bodies
 * (413), malformed JSON or an activity without type, channel or conversation (400).
 */
final class ActivityReader {
  /** Bot Framework activities are at most a few tens of kilobytes; Teams caps messages near 100. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  private final ObjectMapper json;

  ActivityReader() {
    this.json = new ObjectMapper();
    json.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(MAX_BODY_BYTES)
                .build());
  }

  ParsedRequest read(byte[] body) {
    if (body == null || body.length == 0) {
      return ParsedRequest.refused(400, "the request has no body");
    }
    if (body.length > MAX_BODY_BYTES) {
      return ParsedRequest.refused(413, "the activity is larger than 256 KB");
    }
    JsonNode tree;
    try {
      tree = json.readTree(body);
    } catch (IOException e) {
      return ParsedRequest.refused(400, "the body is not valid JSON");
    }
    if (!(tree instanceof ObjectNode node)) {
      return ParsedRequest.refused(400, "the body is not a JSON object");
    }
    String missing = firstMissing(node);
    if (missing != null) {
      return ParsedRequest.refused(400, "the activity has no " + missing);
    }
    try {
      ActivityTimestamps.normalise(node);
    } catch (IllegalArgumentException e) {
      return ParsedRequest.refused(400, e.getMessage());
    }
    try {
      Activity activity = Serialization.safeGetAs(node, Activity.class);
      if (activity == null) {
        return ParsedRequest.refused(400, "the body is not an activity");
      }
      return ParsedRequest.ok(activity);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return ParsedRequest.refused(400, "the activity does not match the Bot Framework schema");
    }
  }

  private static String firstMissing(ObjectNode node) {
    if (!isText(node.get("type"))) {
      return "type";
    }
    if (!isText(node.get("channelId"))) {
      return "channelId";
    }
    JsonNode conversation = node.get("conversation");
    if (conversation == null || !conversation.isObject() || !isText(conversation.get("id"))) {
      return "conversation.id";
    }
    return null;
  }

  private static boolean isText(JsonNode value) {
    return value != null && value.isTextual() && !value.asText().isBlank();
  }
}
