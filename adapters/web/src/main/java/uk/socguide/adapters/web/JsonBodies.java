package uk.socguide.adapters.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import uk.socguide.core.channel.HttpRequest;

/**
 * Reads a JSON request body strictly: JSON content type, a size limit, valid UTF-8, a shallow
 * object. Each failure is a {@link ClientError} naming what was wrong.
 */
final class JsonBodies {
  /** Bodies are small: a 2,000-character question, even fully \\u-escaped, fits well inside. */
  static final int MAX_BODY_BYTES = 32 * 1024;

  private static final ObjectMapper MAPPER =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(16)
                      .maxStringLength(MAX_BODY_BYTES)
                      .build())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build());

  private JsonBodies() {}

  static ObjectNode readObject(HttpRequest request) {
    requireJsonContentType(request);
    byte[] body = request.body();
    if (body.length > MAX_BODY_BYTES) {
      throw new ClientError(413, "request body is over " + MAX_BODY_BYTES / 1024 + " KB");
    }
    String text = strictUtf8(body);
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (IOException e) {
      throw new ClientError(400, "request body is not valid JSON");
    }
    if (node == null || node.isMissingNode()) {
      throw new ClientError(400, "request body is empty");
    }
    if (!node.isObject()) {
      throw new ClientError(400, "request body must be a JSON object");
    }
    return (ObjectNode) node;
  }

  private static void requireJsonContentType(HttpRequest request) {
    String type = request.header("content-type").orElse("");
    String[] parts = type.split(";");
    String media = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json")) {
      throw new ClientError(415, "Content-Type must be application/json");
    }
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].split("=", 2);
      if (param[0].strip().equalsIgnoreCase("charset") && (param.length < 2 || !isUtf8(param[1]))) {
        throw new ClientError(415, "the only charset accepted is UTF-8");
      }
    }
  }

  private static boolean isUtf8(String charset) {
    String name = charset.strip().replace("\"", "").toLowerCase(Locale.ROOT);
    return name.equals("utf-8") || name.equals("utf8");
  }

  private static String strictUtf8(byte[] body) {
    try {
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new ClientError(400, "request body is not valid UTF-8");
    }
  }

  /** The required, non-blank string field {@code text}, at most {@code maxChars} characters. */
  static String requiredText(ObjectNode body, int maxChars) {
    JsonNode text = body.get("text");
    if (text == null || text.isNull()) {
      throw new ClientError(400, "text is required");
    }
    if (!text.isTextual()) {
      throw new ClientError(400, "text must be a string");
    }
    String value = text.textValue();
    if (value.isBlank()) {
      throw new ClientError(400, "text must not be empty");
    }
    if (value.codePointCount(0, value.length()) > maxChars) {
      throw new ClientError(
          413, "text is over " + String.format(Locale.ROOT, "%,d", maxChars) + " characters");
    }
    return value;
  }

  /** An optional string field: {@code null} when absent or JSON null. */
  static String optionalString(ObjectNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new ClientError(400, field + " must be a string");
    }
    return node.textValue();
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
