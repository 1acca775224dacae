package uk.socguide.content.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.socguide.content.Canonical;
import uk.socguide.content.ItemKind;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.RegressionQuestion;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;

/**
 * How item content is held in revisions: canonical JSON of the records. A topic's status and
 * version are not content (they belong to the item), so they are left out.
 */
final class Json {
  @JsonIgnoreProperties(
      value = {"status", "version"},
      allowGetters = false)
  private abstract static class TopicMixin {}

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addMixIn(Topic.class, TopicMixin.class)
          .build();

  private static final Map<ItemKind, Class<?>> TYPES =
      Map.of(
          ItemKind.TOPIC, Topic.class,
          ItemKind.ROUTE, ReportingRoute.class,
          ItemKind.CONCEPT, LexiconConcept.class,
          ItemKind.QUESTION, RegressionQuestion.class);

  private Json() {}

  static String encode(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not encode " + value, e);
    }
  }

  /** The item's content, tidied; a topic comes back with the given status and version. */
  static Object decode(ItemKind kind, String json, TopicStatus status, long version) {
    Object value;
    try {
      value = Canonical.item(MAPPER.readValue(json, TYPES.get(kind)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + kind.label() + " is not readable: " + json, e);
    }
    if (value instanceof Topic t) {
      return withState(t, status, version);
    }
    return value;
  }

  static Topic withState(Topic t, TopicStatus status, long version) {
    return new Topic(
        t.id(),
        t.title(),
        t.category(),
        t.examples(),
        t.related(),
        t.answers(),
        t.sources(),
        t.owner(),
        t.lastReviewed(),
        t.reviewBy(),
        status,
        version);
  }

  /** True when two items have the same content (status and version aside). */
  static boolean sameContent(Object a, Object b) {
    if (a == null || b == null) {
      return a == b;
    }
    return encode(Canonical.item(a)).equals(encode(Canonical.item(b)));
  }

  static String hash(Object item) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(encode(Canonical.item(item)).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A small JSON object for audit entries, such as {@code {"status":"APPROVED"}}. */
  static String object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return encode(map);
  }
}
