package uk.socguide.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.socguide.app.admin.testing.Http;
import uk.socguide.app.admin.testing.LiveApp;

/**
 * Script and HTML typed into a topic's title and answer, published through the API, stay text: in
 * the workspace's previews and try-a-question, in what the browser chat's API returns, in the
 * Adaptive Cards Teams is sent and in the HTML messages Telegram is sent.
 */
class PublishedTextEscapingIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";

  private static LiveApp app;
  private static String editor;
  private static String approver;

  @BeforeAll
  static void publishHostileText() throws Exception {
    app = LiveApp.startWithDefaultFloorsLoweredTo(0.0);
    editor = app.token("erin");
    approver = app.token("arthur");
    Http api = new Http(app.base());
    ObjectNode item =
        (ObjectNode)
            JSON.readTree(
                api.get("/admin/api/topics/role.nca", "Authorization", "Bearer " + editor).body());
    ObjectNode topic = (ObjectNode) item.get("topic");
    topic.put("title", "The NCA " + SCRIPT);
    ObjectNode first = (ObjectNode) topic.get("answers").get(0);
    first.put(
        "text",
        "The NCA "
            + IMG
            + " leads **"
            + SCRIPT
            + "** [x](https://www.nationalcrimeagency.gov.uk/).");
    String save =
        "{\"topic\":" + topic + ",\"version\":" + item.get("version") + ",\"reason\":\"x\"}";
    JsonNode saved =
        JSON.readTree(
            api.json("PUT", "/admin/api/topics/role.nca", save, "Authorization", "Bearer " + editor)
                .body());
    JsonNode submitted =
        JSON.readTree(
            api.json(
                    "POST",
                    "/admin/api/workflow/topic/role.nca/submit",
                    "{\"version\":" + saved.get("version") + "}",
                    "Authorization",
                    "Bearer " + editor)
                .body());
    api.json(
        "POST",
        "/admin/api/workflow/topic/role.nca/approve",
        "{\"version\":" + submitted.get("version") + "}",
        "Authorization",
        "Bearer " + approver);
    Http.Response published =
        api.json("POST", "/admin/api/publish", "{}", "Authorization", "Bearer " + approver);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void theBrowserChatReturnsTheTextEscaped() throws Exception {
    Http chat = new Http(app.base());
    Http.Response r =
        chat.json("POST", "/api/chat", "{\"text\":\"what does the national crime agency do\"}");
    assertThat(r.status()).isEqualTo(200);
    JsonNode reply = JSON.readTree(r.body());
    assertThat(reply.get("intent").asText()).isEqualTo("role.nca");
    String markup = reply.get("replies").get(0).get("markup").asText();
    assertThat(markup)
        .doesNotContain("<script", "<img")
        .contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(markup).contains("<strong>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</strong>");
  }

  @Test
  void previewsAndTryAQuestionShowTheTextEscaped() throws Exception {
    Http api = new Http(app.base());
    JsonNode previews =
        JSON.readTree(
            api.json(
                    "POST",
                    "/admin/api/topics/role.nca/preview",
                    null,
                    "Authorization",
                    "Bearer " + editor)
                .body());
    String browser = previews.get("variants").get(0).get("browserHtml").asText();
    assertThat(browser).doesNotContain("<script", "<img").contains("&lt;script&gt;", "&lt;img");
    JsonNode attempt =
        JSON.readTree(
            api.json(
                    "POST",
                    "/admin/api/try",
                    "{\"text\":\"what does the national crime agency do\"}",
                    "Authorization",
                    "Bearer " + editor)
                .body());
    assertThat(attempt.get("topic").asText()).isEqualTo("role.nca");
    assertThat(attempt.get("replyHtml").asText())
        .doesNotContain("<script", "<img")
        .contains("&lt;script&gt;");
    assertThat(attempt.get("ranking").get(0).get("title").asText()).isEqualTo("The NCA " + SCRIPT);
  }

  private static JsonNode previewOfTheHostileTopic() throws Exception {
    Http api = new Http(app.base());
    JsonNode previews =
        JSON.readTree(
            api.json(
                    "POST",
                    "/admin/api/topics/role.nca/preview",
                    null,
                    "Authorization",
                    "Bearer " + editor)
                .body());
    return previews.get("variants").get(0);
  }

  /** The text of every TextBlock in a Teams activity's cards, however deeply nested. */
  private static void textBlocks(JsonNode node, List<String> texts) {
    if (node.isObject() && node.path("type").asText().equals("TextBlock")) {
      texts.add(node.path("text").asText());
    }
    node.elements().forEachRemaining(child -> textBlocks(child, texts));
  }

  @Test
  void teamsCardsCarryTheTextAsEscapedMarkdownThatTeamsCannotReadAsHtml() throws Exception {
    JsonNode variant = previewOfTheHostileTopic();
    List<String> texts = new ArrayList<>();
    for (JsonNode activity : variant.get("teamsCards")) {
      textBlocks(JSON.readTree(activity.asText()).path("attachments"), texts);
    }

    assertThat(texts)
        .as("the title and the answer are in the card")
        .contains("The NCA \\<script\\>alert\\('x'\\)\\</script\\>")
        .anySatisfy(
            t ->
                assertThat(t)
                    .contains(
                        "\\<img src=x onerror=alert\\(1\\)\\>",
                        "**\\<script\\>alert\\('x'\\)\\</script\\>**",
                        "[x](https://www.nationalcrimeagency.gov.uk/)"));
    // Teams reads HTML in card text: every <, > and & is backslash-escaped Markdown
    assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContainPattern("(?<!\\\\)[<>&]"));
    assertThat(variant.get("teamsHtml").asText())
        .doesNotContain("<script", "<img")
        .contains("&lt;script&gt;");
  }

  @Test
  void telegramMessagesHaveNoTagsButTheAdaptersOwnBoldAndLinks() throws Exception {
    JsonNode variant = previewOfTheHostileTopic();
    List<String> messages = new ArrayList<>();
    variant.get("telegramMessages").forEach(m -> messages.add(m.asText()));

    assertThat(messages).isNotEmpty();
    String all = String.join("\n", messages);
    assertThat(all)
        .contains("&lt;script&gt;alert('x')&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
        .contains("<b>The NCA &lt;script&gt;");
    for (String message : messages) {
      String withoutOwnTags = message.replaceAll("</?b>|<a href=\"https?://[^\"<>]*\">|</a>", "");
      assertThat(withoutOwnTags).doesNotContain("<", ">");
    }
    assertThat(variant.get("telegramHtml").asText())
        .doesNotContain("<script", "<img")
        .contains("&lt;script&gt;");
  }
}
