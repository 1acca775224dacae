package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.socguide.core.Actions;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.markup.Markup;

class AdaptiveCardsTest {

  private static ReplyMessage answer(String title, Markup body) {
    return new ReplyMessage(
        title,
        body,
        List.of(new Suggestion("Cuckooing", Actions.topic("cuckooing"))),
        List.of(new SourceRef("Home Office guidance", "para 4", "https://www.gov.uk/guidance")),
        LocalDate.of(2025, 2, 1),
        "county-lines");
  }

  @Test
  void answerCardHasTitleTextSourcesReviewDateRelatedTopicsAndFeedback() {
    ObjectNode card =
        AdaptiveCards.card(answer("County lines", Markup.parse("It is **serious**.")), "fb");

    assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(card.path("version").asText()).isEqualTo("1.5");
    assertThat(card.path("fallbackText").asText()).isEqualTo("fb");
    List<String> texts =
        card.path("body").findValues("text").stream().map(JsonNode::asText).toList();
    assertThat(texts)
        .contains(
            "County lines",
            "It is **serious**\\.".replace("\\.", "."),
            "- [Home Office guidance](https://www.gov.uk/guidance), para 4",
            "Last reviewed: 1 February 2025",
            "Related topics",
            "Was this helpful?");
    JsonNode helpful = card.findValues("actions").get(1).get(0);
    assertThat(helpful.path("type").asText()).isEqualTo("Action.Execute");
    assertThat(helpful.path("verb").asText()).isEqualTo("feedback");
    assertThat(helpful.path("data").path("socguideAction").asText())
        .isEqualTo(Actions.feedback("county-lines", true));
    assertThat(helpful.path("fallback").path("type").asText()).isEqualTo("Action.Submit");
    JsonNode related = card.findValues("actions").get(0).get(0);
    assertThat(related.path("data").path("msteams").path("type").asText()).isEqualTo("messageBack");
    assertThat(related.path("data").path("socguideAction").asText())
        .isEqualTo(Actions.topic("cuckooing"));
  }

  @Test
  void hostileTextIsShownAsTextNeverAsMarkupOrHtml() {
    String hostile =
        "<script>alert(1)</script> & **bold** _it_ [click](javascript:alert(1)) `code` # h";
    ObjectNode card = AdaptiveCards.card(answer(hostile, Markup.plain(hostile)), hostile);

    String title = card.path("body").get(0).path("text").asText();
    String text = card.path("body").get(1).path("text").asText();
    for (String rendered : List.of(title, text)) {
      assertThat(rendered)
          .doesNotContain("<script>")
          .contains("\\<script\\>")
          .contains("\\&")
          .contains("\\*\\*bold\\*\\*")
          .contains("\\_it\\_")
          .contains("\\[click\\]\\(javascript:alert\\(1\\)\\)")
          .contains("\\`code\\`")
          .contains("\\# h");
      assertThat(rendered.replaceAll("\\\\(.)", "$1")).isEqualTo(hostile);
    }
  }

  @Test
  void onlyHttpLinksBecomeLinks() {
    assertThat(MarkdownText.link("x", "javascript:alert(1)")).isEqualTo("x");
    assertThat(MarkdownText.link("x", "https://a.example/p?q=1"))
        .isEqualTo("[x](https://a.example/p?q=1)");
    assertThat(MarkdownText.link("x", "https://a.example/a)b")).isEqualTo("x");
    assertThat(MarkdownText.link("[x]", "https://a.example"))
        .isEqualTo("[\\[x\\]](https://a.example)");
  }

  @Test
  void textCannotStartAListOrHeadingOrBreakLines() {
    assertThat(MarkdownText.line("- not a bullet")).isEqualTo("\\- not a bullet");
    assertThat(MarkdownText.line("1. not a list")).isEqualTo("1\\. not a list");
    assertThat(MarkdownText.line("+ plus")).isEqualTo("\\+ plus");
    assertThat(MarkdownText.line("line\nbreak\r\nand\u0000nul")).isEqualTo("line break  andnul");
  }

  @Test
  void markupBulletsAndBoldRenderAsMarkdown() {
    Markup m = Markup.parse("Intro with **bold**.\n\n- one\n- two [link](https://x.example)");
    assertThat(MarkdownText.render(m))
        .isEqualTo("Intro with **bold**.\n\n- one\n- two [link](https://x.example)");
  }

  @Test
  void plainTextFallbackKeepsEverythingReadable() {
    String plain =
        PlainText.of(
            answer(
                "County lines", Markup.parse("It is **serious**. See [GOV](https://g.example).")));
    assertThat(plain)
        .startsWith("County lines\n\nIt is serious. See GOV (https://g.example).")
        .contains("Sources:\n- Home Office guidance, para 4 (https://www.gov.uk/guidance)")
        .endsWith("Last reviewed: 1 February 2025");
  }
}
