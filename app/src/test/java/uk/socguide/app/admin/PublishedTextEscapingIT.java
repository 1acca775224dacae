package uk.socguide.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.socguide.app.admin.testing.Http;
import uk.socguide.app.admin.testing.LiveApp;
import uk.socguide.app.admin.testing.WorkspaceServer;
import uk.socguide.app.testing.HeadlessChromium;

/**
 * Script and HTML typed into a topic's title and answer, into a reporting route's name and hours
 * (expanded into the answer by {@code {route:...}}) and into a source's title, locator and
 * publisher, published through the API, stay text: on the workspace's pages, in its previews and
 * try-a-question, in what the browser chat's API returns, in the Adaptive Cards Teams is sent and
 * in the HTML messages Telegram is sent.
 */
class PublishedTextEscapingIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";
  private static final String ROUTE_NAME = "Hostile line <script>alert('r')</script>";
  private static final String HOURS = "<img src=y onerror=alert(2)> 9am & 5pm";
  private static final String SOURCE_TITLE = "NCA report <b>bold</b> [x](javascript:alert(4))";
  private static final String LOCATOR = "<i>para</i> 4";
  private static final String PUBLISHER = "<a href=javascript:alert(3)>NCA</a>";

  private static LiveApp app;
  private static String editor;
  private static String approver;

  @BeforeAll
  static void publishHostileText() throws Exception {
    app = LiveApp.startWithDefaultFloorsLoweredTo(0.0);
    editor = app.token("erin");
    approver = app.token("arthur");
    Http api = new Http(app.base());
    ObjectNode route =
        (ObjectNode)
            JSON.readTree(
                    api.get("/admin/api/routes/crimestoppers", "Authorization", "Bearer " + editor)
                        .body())
                .get("route");
    route.put("id", "hostile-line").put("name", ROUTE_NAME).put("hours", HOURS);
    route.putArray("doesNotTake");
    JsonNode newRoute =
        ok(
            api.json(
                "PUT",
                "/admin/api/routes/hostile-line",
                "{\"route\":" + route + ",\"version\":0,\"reason\":\"x\"}",
                "Authorization",
                "Bearer " + editor));
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
            + "** [x](https://www.nationalcrimeagency.gov.uk/).\n\nTell {route:hostile-line}");
    ObjectNode source = (ObjectNode) topic.get("sources").get(0);
    source.put("title", SOURCE_TITLE).put("locator", LOCATOR).put("publisher", PUBLISHER);
    String save =
        "{\"topic\":" + topic + ",\"version\":" + item.get("version") + ",\"reason\":\"x\"}";
    JsonNode saved =
        ok(
            api.json(
                "PUT", "/admin/api/topics/role.nca", save, "Authorization", "Bearer " + editor));
    approve(api, "route/hostile-line", newRoute.get("version").asLong());
    approve(api, "topic/role.nca", saved.get("version").asLong());
    Http.Response published =
        api.json("POST", "/admin/api/publish", "{}", "Authorization", "Bearer " + approver);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
  }

  private static JsonNode ok(Http.Response r) throws Exception {
    assertThat(r.status()).as(r.body()).isBetween(200, 201);
    return JSON.readTree(r.body());
  }

  private static void approve(Http api, String item, long version) throws Exception {
    JsonNode submitted =
        ok(
            api.json(
                "POST",
                "/admin/api/workflow/" + item + "/submit",
                "{\"version\":" + version + "}",
                "Authorization",
                "Bearer " + editor));
    ok(
        api.json(
            "POST",
            "/admin/api/workflow/" + item + "/approve",
            "{\"version\":" + submitted.get("version") + "}",
            "Authorization",
            "Bearer " + approver));
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
    assertThat(markup)
        .as("the route's name and hours, expanded into the answer")
        .contains("Hostile line &lt;script&gt;alert(&#39;r&#39;)&lt;/script&gt;")
        .contains("&lt;img src=y onerror=alert(2)&gt; 9am &amp; 5pm");
    JsonNode source = reply.get("replies").get(0).get("sources").get(0);
    assertThat(source.get("title").asText())
        .as("sources are data, which the page puts in as text: %s", r.body())
        .isEqualTo(SOURCE_TITLE);
  }

  @Test
  void theBrowserChatPageShowsTheTextAsTextAndRunsNone() throws Exception {
    try (HeadlessChromium chromium = HeadlessChromium.start(1024, 900)) {
      WebDriver browser = chromium.browser();
      browser.get(app.base() + "/");
      browser
          .findElement(By.id("message"))
          .sendKeys("what does the national crime agency do", Keys.ENTER);
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      WebElement answer =
          wait.until(
              d ->
                  d
                      .findElements(
                          By.xpath("//div[contains(@class,'bot')][.//div[@class='sources']]"))
                      .stream()
                      .findFirst()
                      .orElse(null));

      assertThat(answer.getText())
          .contains("The NCA " + IMG + " leads " + SCRIPT)
          .contains(ROUTE_NAME, HOURS);
      assertThat(answer.findElement(By.cssSelector(".sources a")).getText())
          .isEqualTo(SOURCE_TITLE);
      assertThat(browser.findElements(By.cssSelector("#log script, #log img, #log b, #log i")))
          .isEmpty();
      assertThatThrownBy(() -> browser.switchTo().alert())
          .as("no script ran")
          .isInstanceOf(NoAlertPresentException.class);
    }
  }

  @Test
  void theWorkspacesRouteAndTopicPagesShowTheTextEscaped() {
    Http pages = new Http(app.base());
    assertThat(pages.signIn("erin", WorkspaceServer.PASSWORD).status()).isEqualTo(303);

    String route = pages.get("/admin/routes/hostile-line").body();
    assertThat(route)
        .doesNotContain("<script", "<img")
        .contains("<h1>Hostile line &lt;script&gt;alert(")
        .contains("/admin/topics/role.nca")
        // in a quoted attribute only the quote, < and & need escaping; the value stays one value
        .containsPattern(
            "id=\"hours\" name=\"hours\" value=\"&lt;img src=y onerror=alert\\(2\\)(>|&gt;)"
                + " 9am &amp; 5pm\"");
    String topic = pages.get("/admin/topics/role.nca").body();
    assertThat(topic)
        .doesNotContain("<script", "<img", "<a href=javascript", "<b>bold", "<i>para")
        .contains("&lt;a href=javascript:alert(3)&gt;NCA&lt;/a&gt;")
        .contains("NCA report &lt;b&gt;bold&lt;/b&gt;", "&lt;i&gt;para&lt;/i&gt; 4");
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
    assertThat(String.join("\n", texts))
        .as("the route's name and hours, and the source's title and locator")
        .contains("Hostile line \\<script\\>alert\\('r'\\)\\</script\\>")
        .contains("\\<img src=y onerror=alert\\(2\\)\\>")
        .contains("NCA report \\<b\\>bold\\</b\\>", "\\<i\\>para\\</i\\> 4");
    // Teams reads HTML in card text: every <, > and & is backslash-escaped Markdown
    assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContainPattern("(?<!\\\\)[<>&]"));
    // a title cannot close its own link text and start a link of its own
    assertThat(texts)
        .allSatisfy(t -> assertThat(t).doesNotContainPattern("(?<!\\\\)\\]\\(javascript"));
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
        .contains("<b>The NCA &lt;script&gt;")
        .contains("Hostile line &lt;script&gt;alert('r')&lt;/script&gt;")
        .contains("&lt;img src=y onerror=alert(2)&gt; 9am &amp; 5pm")
        .contains("NCA report &lt;b&gt;bold&lt;/b&gt;", "&lt;i&gt;para&lt;/i&gt; 4");
    for (String message : messages) {
      String withoutOwnTags = message.replaceAll("</?b>|<a href=\"https?://[^\"<>]*\">|</a>", "");
      assertThat(withoutOwnTags).doesNotContain("<", ">");
    }
    assertThat(variant.get("telegramHtml").asText())
        .doesNotContain("<script", "<img")
        .contains("&lt;script&gt;");
  }
}
