package uk.socguide.adapters.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import uk.socguide.core.channel.HttpRequest;

/** Teams activities from src/test/resources/activities, addressed to the test's fakes. */
final class Fixtures {
  static final String APP_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  static final String TENANT_ID = "72f988bf-0000-0000-0000-000000000000";
  static final String BOT_ID = "28:" + APP_ID;
  static final String PERSONAL_CONVERSATION =
      "a:1ExamplePersonalConversationIdNotReal_0123456789abcdefghijklmnopqrstuvwxyz";
  static final String CHANNEL_THREAD =
      "19:exampleChannelId0123456789abcdef@thread.tacv2;messageid=1741086127480";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Fixtures() {}

  /** The fixture's JSON with its placeholders filled in. */
  static String activity(String name, String serviceUrl, Map<String, String> values) {
    String path = "/activities/" + name + ".json";
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      text = text.replace("${serviceUrl}", serviceUrl).replace("${botId}", BOT_ID);
      for (Map.Entry<String, String> e : values.entrySet()) {
        text = text.replace("${" + e.getKey() + "}", e.getValue());
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String activity(String name, String serviceUrl) {
    return activity(name, serviceUrl, Map.of());
  }

  /** The fixture with one top-level field changed. */
  static String withField(String json, String field, String value) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(json);
      if (value == null) {
        node.remove(field);
      } else {
        node.put(field, value);
      }
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HttpRequest post(String body, String authorization) {
    return post(body.getBytes(StandardCharsets.UTF_8), authorization, "127.0.0.1");
  }

  static HttpRequest post(byte[] body, String authorization, String remoteAddress) {
    Map<String, String> headers = new TreeMap<>();
    headers.put("content-type", "application/json; charset=utf-8");
    if (authorization != null) {
      headers.put("authorization", authorization);
    }
    return new HttpRequest("POST", TeamsAdapter.MESSAGES_PATH, headers, body, remoteAddress);
  }
}
