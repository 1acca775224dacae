package uk.socguide.adapters.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Update JSON from the fixtures in {@code src/test/resources/updates}, written from the Bot API's
 * documented shapes with made-up ids and names.
 */
final class Updates {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final AtomicInteger UPDATE_IDS = new AtomicInteger(700_000);
  private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(100);

  private Updates() {}

  static int nextId() {
    return UPDATE_IDS.incrementAndGet();
  }

  static String text(int updateId, long chat, long user, String text) {
    return fixture("private-text", updateId, chat, user, Map.of("__TEXT__", escape(text)));
  }

  /** A command such as "/start report_fraud" with its bot_command entity. */
  static String command(int updateId, long chat, long user, String text) {
    int length = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
    return fixture(
        "private-command",
        updateId,
        chat,
        user,
        Map.of("__TEXT__", escape(text), "__COMMAND_LENGTH__", Integer.toString(length)));
  }

  static String groupCommand(int updateId, long chat, long user, String text) {
    int length = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
    return fixture(
        "group-command",
        updateId,
        chat,
        user,
        Map.of("__TEXT__", escape(text), "__COMMAND_LENGTH__", Integer.toString(length)));
  }

  static String groupText(int updateId, long chat, long user, String text) {
    return fixture("group-text", updateId, chat, user, Map.of("__TEXT__", escape(text)));
  }

  static String groupReply(int updateId, long chat, long user, String text) {
    return fixture("group-reply", updateId, chat, user, Map.of("__TEXT__", escape(text)));
  }

  /** A group message mentioning {@code mention} (e.g. "@SocGuideTestBot") somewhere in it. */
  static String groupMention(int updateId, long chat, long user, String text, String mention) {
    return fixture(
        "group-mention",
        updateId,
        chat,
        user,
        Map.of(
            "__TEXT__", escape(text),
            "__MENTION_OFFSET__", Integer.toString(text.indexOf(mention)),
            "__MENTION_LENGTH__", Integer.toString(mention.length())));
  }

  static String edited(int updateId, long chat, long user, String text) {
    return fixture("edited-text", updateId, chat, user, Map.of("__TEXT__", escape(text)));
  }

  static String callback(int updateId, long chat, long user, String data) {
    return fixture("callback", updateId, chat, user, Map.of("__DATA__", escape(data)));
  }

  static String channelPost(int updateId, long chat, String text) {
    return fixture("channel-post", updateId, chat, 0, Map.of("__TEXT__", escape(text)));
  }

  /** One of the fixtures with no text of its own: photo, sticker, voice, document, location. */
  static String of(String name, int updateId, long chat, long user) {
    return fixture(name, updateId, chat, user, Map.of());
  }

  static Update parse(String json) {
    try {
      return JSON.readValue(json, Update.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static String fixture(
      String name, int updateId, long chat, long user, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.put("__UPDATE_ID__", Integer.toString(updateId));
    all.put("__MESSAGE_ID__", Integer.toString(MESSAGE_IDS.incrementAndGet()));
    all.put("__CHAT_ID__", Long.toString(chat));
    all.put("__USER_ID__", Long.toString(user));
    String json = read("updates/" + name + ".json");
    for (Map.Entry<String, String> e : all.entrySet()) {
      json = json.replace(e.getKey(), e.getValue());
    }
    return json;
  }

  private static final Map<String, String> FIXTURES = new ConcurrentHashMap<>();

  private static String read(String resource) {
    return FIXTURES.computeIfAbsent(resource, Updates::load);
  }

  private static String load(String resource) {
    try (InputStream in = Updates.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // the text goes inside a JSON string in the fixture
  private static String escape(String text) {
    try {
      String quoted = JSON.writeValueAsString(text);
      return quoted.substring(1, quoted.length() - 1);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
