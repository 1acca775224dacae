package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.markup.Markup;

class HtmlRendererTest {

  private final HtmlRenderer renderer =
      new HtmlRenderer(new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT));

  private static ReplyMessage message(Markup body) {
    return ReplyMessage.of(body);
  }

  @Test
  void boldAndLinksBecomeTheAdaptersOwnTags() {
    List<String> parts =
        renderer.render(
            message(
                Markup.parse(
                    "Call **101** or use [Report Fraud](https://www.reportfraud.police.uk/).")));

    assertThat(parts)
        .containsExactly(
            "Call <b>101</b> or use"
                + " <a href=\"https://www.reportfraud.police.uk/\">Report Fraud</a>.");
  }

  @Test
  void scriptTagsAndAmpersandsTypedByAnyoneAreEscaped() {
    String hostile = "<script>alert('x')</script> Tom & Jerry <b>bold?</b> <i>unclosed <a href=x>";

    List<String> parts = renderer.render(message(Markup.plain(hostile)));

    assertThat(parts).hasSize(1);
    assertThat(parts.get(0))
        .isEqualTo(
            "&lt;script&gt;alert('x')&lt;/script&gt; Tom &amp; Jerry &lt;b&gt;bold?&lt;/b&gt;"
                + " &lt;i&gt;unclosed &lt;a href=x&gt;");
    assertThat(tagsIn(parts.get(0))).isEmpty();
  }

  @Test
  void markupCannotSmuggleTagsInsideBoldOrLinkText() {
    List<String> parts =
        renderer.render(
            message(Markup.parse("**<b>x</b>** and [<script>](https://example.org/?a=1&b=\"2\")")));

    assertThat(parts.get(0))
        .isEqualTo(
            "<b>&lt;b&gt;x&lt;/b&gt;</b> and"
                + " <a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\">&lt;script&gt;</a>");
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    ReplyMessage m =
        new ReplyMessage(
            null,
            Markup.plain("See the sources."),
            List.of(),
            List.of(
                new SourceRef("Local file", "", "javascript:alert(1)"),
                new SourceRef("Strategy", "para 8", "https://www.gov.uk/strategy")),
            null,
            null);

    String html = renderer.render(m).get(0);

    assertThat(html).doesNotContain("javascript:alert(1)\"").doesNotContain("href=\"javascript");
    assertThat(html).contains("• Local file\n");
    assertThat(html).contains("• <a href=\"https://www.gov.uk/strategy\">Strategy</a>, para 8");
  }

  @Test
  void titleSourcesAndLastReviewedFollowTheBody() {
    ReplyMessage m =
        new ReplyMessage(
            "Reporting fraud",
            Markup.parse("Report it to Report Fraud.\n\n- online\n- by phone"),
            List.of(),
            List.of(new SourceRef("Report Fraud", "", "https://www.reportfraud.police.uk/")),
            LocalDate.of(2025, 3, 7),
            "report.fraud");

    assertThat(renderer.render(m))
        .containsExactly(
            "<b>Reporting fraud</b>\n\n"
                + "Report it to Report Fraud.\n\n"
                + "• online\n"
                + "• by phone\n\n"
                + "<b>Source</b>\n"
                + "• <a href=\"https://www.reportfraud.police.uk/\">Report Fraud</a>\n"
                + "Last reviewed 7 March 2025");
  }

  @Test
  void anEmptyMessageRendersToNothing() {
    assertThat(renderer.render(message(Markup.plain("  ")))).isEmpty();
  }

  /** The tags in an HTML string, e.g. ["<b>", "</b>"]. */
  static List<String> tagsIn(String html) {
    return java.util.regex.Pattern.compile("<[^>]*>")
        .matcher(html)
        .results()
        .map(r -> r.group())
        .toList();
  }
}
