package uk.socguide.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.socguide.core.Audience;
import uk.socguide.core.EntityRef;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.UserIds;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;
import uk.socguide.core.markup.Markup;

class ChatEndpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final UserIds USER_IDS = new UserIds("0123456789abcdef0123".getBytes());

  private final List<InboundMessage> seen = new ArrayList<>();
  private final ChatEndpoint endpoint =
      new ChatEndpoint(
          message -> {
            seen.add(message);
            return new Reply(
                List.of(
                    new ReplyMessage(
                        "Reporting fraud",
                        Markup.parse("Use **Report Fraud**.\n\n- online\n- by phone"),
                        List.of(new Suggestion("Anonymous reporting", "#topic:report.anonymous")),
                        List.of(
                            new SourceRef(
                                "Report Fraud", "home page", "https://www.reportfraud.police.uk")),
                        LocalDate.of(2026, 11, 28),
                        "report.fraud")),
                Reply.Outcome.ANSWER,
                "report.fraud",
                0.91,
                List.of(new EntityRef("crime", "fraud")));
          },
          USER_IDS);

  private static HttpRequest post(String contentType, byte[] body, Map<String, String> extra) {
    Map<String, String> headers = new HashMap<>(extra);
    if (contentType != null) {
      headers.put("content-type", contentType);
    }
    return new HttpRequest("POST", "/api/chat", headers, body, "127.0.0.1");
  }

  private static HttpRequest post(String json) {
    return post("application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  private static JsonNode body(HttpResponse response) throws IOException {
    return JSON.readTree(response.body());
  }

  @Test
  void anAnswerIsReturnedInTheDocumentedShape() throws IOException {
    HttpResponse response =
        endpoint.handle(post("{\"conversationId\":\"c-1\",\"text\":\"how do I report fraud\"}"));

    assertThat(response.status()).isEqualTo(200);
    JsonNode json = body(response);
    assertThat(json.get("conversationId").asText()).isEqualTo("c-1");
    assertThat(json.get("intent").asText()).isEqualTo("report.fraud");
    assertThat(json.get("confidence").asDouble()).isEqualTo(0.91);
    assertThat(json.get("fallback").asBoolean()).isFalse();
    assertThat(json.get("outcome").asText()).isEqualTo("answer");
    assertThat(json.get("entities").get(0).get("type").asText()).isEqualTo("crime");
    JsonNode reply = json.get("replies").get(0);
    assertThat(reply.get("text").asText()).isEqualTo("Use Report Fraud.\n\n- online\n- by phone");
    assertThat(reply.get("markup").asText())
        .isEqualTo(
            "<p>Use <strong>Report Fraud</strong>.</p><ul><li>online</li><li>by phone</li></ul>");
    assertThat(reply.get("suggestions").get(0).get("value").asText())
        .isEqualTo("#topic:report.anonymous");
    assertThat(reply.get("sources").get(0).get("url").asText())
        .isEqualTo("https://www.reportfraud.police.uk");
    assertThat(reply.get("sources").get(0).get("locator").asText()).isEqualTo("home page");
    assertThat(reply.get("lastReviewed").asText()).isEqualTo("2026-11-28");
    assertThat(reply.get("feedbackTopic").asText()).isEqualTo("report.fraud");
    assertThat(reply.get("feedback").get(1).get("value").asText())
        .isEqualTo("#feedback:no:report.fraud");
  }

  @Test
  void theEngineGetsTheTextAudienceAndAHashedUser() {
    endpoint.handle(
        post(
            "application/json; charset=UTF-8",
            "{\"conversationId\":\"c-2\",\"text\":\"hi\",\"audience\":\"Frontline\"}"
                .getBytes(StandardCharsets.UTF_8),
            Map.of("x-browser-id", "browser-42")));

    InboundMessage m = seen.get(0);
    assertThat(m.channel()).isEqualTo("web");
    assertThat(m.conversationId()).isEqualTo("c-2");
    assertThat(m.text()).isEqualTo("hi");
    assertThat(m.audienceHint()).isEqualTo(Audience.FRONTLINE);
    assertThat(m.userHash()).isEqualTo(USER_IDS.hash("web", "browser-42")).doesNotContain("42");
  }

  @Test
  void aMissingConversationIdStartsANewUnguessableOne() throws IOException {
    String first = body(endpoint.handle(post("{\"text\":\"hi\"}"))).get("conversationId").asText();
    String second = body(endpoint.handle(post("{\"text\":\"hi\"}"))).get("conversationId").asText();

    assertThat(first).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(second);
  }

  @Test
  void clientMistakesAreNamedWithTheirStatus() throws IOException {
    assertError(post("{\"text\":\"\"}"), 400, "text must not be empty");
    assertError(post("{\"text\":\"   \"}"), 400, "text must not be empty");
    assertError(post("{}"), 400, "text is required");
    assertError(post("{\"text\":null}"), 400, "text is required");
    assertError(post("{\"text\":42}"), 400, "text must be a string");
    assertError(post("{\"text\":[\"a\"]}"), 400, "text must be a string");
    assertError(post("[\"text\"]"), 400, "request body must be a JSON object");
    assertError(post("{\"text\":\"hi\""), 400, "request body is not valid JSON");
    assertError(post(""), 400, "request body is empty");
    assertError(post("{\"text\":\"a\",\"text\":\"b\"}"), 400, "request body is not valid JSON");
    assertError(post("{\"text\":\"hi\",\"conversationId\":\"a b\"}"), 400, "conversationId");
    assertError(post("{\"text\":\"hi\",\"conversationId\":7}"), 400, "conversationId");
    assertError(post("{\"text\":\"hi\",\"audience\":\"mayor\"}"), 400, "audience");
    assertError(post("{\"text\":\"" + "a".repeat(2001) + "\"}"), 413, "over 2,000 characters");
    assertError(
        post("text/plain", "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8), Map.of()),
        415,
        "application/json");
    assertError(
        post(null, "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8), Map.of()), 415, "");
    assertError(
        post(
            "application/json; charset=latin1",
            "{\"text\":\"hi\"}".getBytes(StandardCharsets.UTF_8),
            Map.of()),
        415,
        "UTF-8");
    assertThat(seen).isEmpty();
  }

  @Test
  void twoThousandCharactersAreAcceptedCountingEmojiAsOne() {
    String emoji = "\uD83D\uDE00".repeat(2000);

    assertThat(endpoint.handle(post("{\"text\":\"" + emoji + "\"}")).status()).isEqualTo(200);
    assertThat(endpoint.handle(post("{\"text\":\"" + "b".repeat(2000) + "\"}")).status())
        .isEqualTo(200);
  }

  @Test
  void invalidUtf8IsRejected() throws IOException {
    byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    assertError(post("application/json", body, Map.of()), 400, "not valid UTF-8");
  }

  @Test
  void deeplyNestedJsonIsRejectedWithoutRecursingDeeply() throws IOException {
    String nested = "{\"text\":\"hi\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    assertError(post(nested), 413, "over 32 KB");
    String shallowEnough = "{\"text\":\"hi\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
    assertError(post(shallowEnough), 400, "not valid JSON");
  }

  private void assertError(HttpRequest request, int status, String message) throws IOException {
    HttpResponse response = endpoint.handle(request);
    assertThat(response.status()).as(message).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/json");
    JsonNode json = body(response);
    assertThat(json.get("error").asText()).contains(message);
    assertThat(json.get("status").asInt()).isEqualTo(status);
  }
}
