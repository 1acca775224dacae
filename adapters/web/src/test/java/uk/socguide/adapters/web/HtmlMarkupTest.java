package uk.socguide.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.socguide.core.markup.Block;
import uk.socguide.core.markup.Inline;
import uk.socguide.core.markup.Markup;

class HtmlMarkupTest {

  @Test
  void paragraphsBulletsBoldAndLinksBecomeTheirTags() {
    String html =
        HtmlMarkup.render(
            Markup.parse(
                "Call **999** now.\n\n- [Report Fraud](https://www.reportfraud.police.uk)\n- two"));

    assertThat(html)
        .isEqualTo(
            "<p>Call <strong>999</strong> now.</p><ul><li><a"
                + " href=\"https://www.reportfraud.police.uk\" rel=\"noopener noreferrer\""
                + " target=\"_blank\">Report Fraud</a></li><li>two</li></ul>");
  }

  @Test
  void textIsEscapedEverywhere() {
    String html =
        HtmlMarkup.render(
            Markup.parse(
                "<script>alert('x')</script> & \"q\" **<b>bold</b>** [<i>](https://a.uk)"));

    assertThat(html)
        .doesNotContain("<script", "<b>", "<i>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
        .contains("<strong>&lt;b&gt;bold&lt;/b&gt;</strong>")
        .contains(">&lt;i&gt;</a>");
  }

  @Test
  void onlyHttpAndHttpsAddressesBecomeLinks() {
    Markup markup =
        new Markup(
            List.of(
                new Block.Paragraph(
                    List.of(
                        new Inline.Link("js", "javascript:alert(1)"),
                        new Inline.Link("data", "data:text/html,<script>x</script>"),
                        new Inline.Link("mail", "mailto:a@b.uk"),
                        new Inline.Link("relative", "/admin"),
                        new Inline.Link("ok", "HTTPS://www.gov.uk/x")))));

    String html = HtmlMarkup.render(markup);

    assertThat(html).doesNotContain("javascript:", "data:", "mailto:", "href=\"/admin");
    assertThat(html).contains("<a href=\"HTTPS://www.gov.uk/x\"");
    assertThat(html).startsWith("<p>jsdatamailrelative<a");
  }

  @Test
  void aQuoteInAnAddressCannotLeaveTheAttribute() {
    Markup markup =
        new Markup(
            List.of(
                new Block.Paragraph(
                    List.of(new Inline.Link("x", "https://a.uk/\"onmouseover=\"alert(1)")))));

    String html = HtmlMarkup.render(markup);

    assertThat(html).doesNotContain("\"onmouseover");
  }

  @Test
  void lineBreaksInPlainTextAreKept() {
    assertThat(HtmlMarkup.render(Markup.plain("one\ntwo <x>")))
        .isEqualTo("<p>one<br>two &lt;x&gt;</p>");
  }

  @Test
  void nulCharactersAreReplaced() {
    assertThat(HtmlMarkup.escape("a\u0000b")).isEqualTo("a\uFFFDb");
  }
}
