package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.schema.Serialization;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.socguide.core.Actions;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.markup.Markup;

class TeamsPreviewTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ReplyMessage answer(String title, String body) {
    return new ReplyMessage(
        title,
        Markup.parse(body),
        List.of(new Suggestion("Cuckooing", Actions.topic("cuckooing"))),
        List.of(new SourceRef("Home Office guidance", "para 4", "https://www.gov.uk/guidance")),
        LocalDate.of(2025, 2, 1),
        "county-lines");
  }

  /** The text of every TextBlock in the activity's cards, however deeply nested. */
  private static List<String> textBlocks(JsonNode activity) {
    List<String> texts = new ArrayList<>();
    collect(activity.path("attachments"), texts);
    return texts;
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isObject() && node.path("type").asText().equals("TextBlock")) {
      texts.add(node.path("text").asText());
    }
    node.elements().forEachRemaining(child -> collect(child, texts));
  }

  @Test
  void anAnswerIsTheCardThePersonalChatIsSentAsJson() throws Exception {
    ReplyMessage message = answer("County lines", "It is **serious**.");

    List<String> activities = TeamsPreview.activities(message);

    assertThat(activities).hasSize(1);
    String sent =
        Serialization.toString(new ReplyRenderer().render(message, TeamsScope.PERSONAL).get(0));
    assertThat(JSON.readTree(activities.get(0))).isEqualTo(JSON.readTree(sent));
    JsonNode activity = JSON.readTree(activities.get(0));
    assertThat(activity.path("type").asText()).isEqualTo("message");
    assertThat(activity.path("attachments").get(0).path("contentType").asText())
        .isEqualTo(AdaptiveCards.CONTENT_TYPE);
    assertThat(textBlocks(activity))
        .contains("County lines", "It is **serious**.", "Last reviewed: 1 February 2025");
  }

  @Test
  void otherMessagesAreMarkdownWithAtMostThreeSuggestedActions() throws Exception {
    List<Suggestion> five =
        IntStream.rangeClosed(1, 5).mapToObj(i -> new Suggestion("Topic " + i, "t" + i)).toList();
    ReplyMessage clarify =
        new ReplyMessage(null, Markup.plain("Did you mean?"), five, List.of(), null, null);

    JsonNode activity = JSON.readTree(TeamsPreview.activities(clarify).get(0));

    assertThat(activity.path("text").asText()).isEqualTo("Did you mean?");
    assertThat(
            activity.path("attachments").isMissingNode() || activity.path("attachments").isNull())
        .isTrue();
    assertThat(activity.path("suggestedActions").path("actions")).hasSize(3);
  }

  @Test
  void scriptAndHtmlInAnyTextAreEscapedMarkdownInTheCard() throws Exception {
    JsonNode activity =
        JSON.readTree(
            TeamsPreview.activities(
                    answer(
                        "<script>alert('x')</script>",
                        "Call <img src=x onerror=alert(1)> & **<b>now</b>**."))
                .get(0));

    List<String> texts = textBlocks(activity);
    assertThat(texts)
        .contains("\\<script\\>alert\\('x'\\)\\</script\\>")
        .anySatisfy(t -> assertThat(t).contains("Call \\<img src=x onerror=alert\\(1\\)\\> \\&"));
    // no angle bracket or ampersand reaches Teams unescaped, so nothing is read as HTML
    assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContainPattern("(?<!\\\\)[<>&]"));
  }

  @Test
  void aHugeAnswerIsPreviewedAsTheSeveralMessagesItIsSentAs() {
    String paragraph = "Organised crime and exploitation harm communities. ".repeat(60);
    String body = String.join("\n\n", Collections.nCopies(150, paragraph));

    List<String> activities = TeamsPreview.activities(answer("Long answer", body));

    assertThat(activities).hasSizeGreaterThan(1);
    assertThat(activities)
        .allSatisfy(
            a ->
                assertThat(a.getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(ReplyRenderer.MAX_ACTIVITY_BYTES));
    assertThat(activities.get(0)).contains("Long answer").doesNotContain("Was this helpful");
    assertThat(activities.get(activities.size() - 1)).contains("Was this helpful");
  }
}
