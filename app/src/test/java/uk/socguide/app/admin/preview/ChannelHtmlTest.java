package uk.socguide.app.admin.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelHtmlTest {

  @Test
  void telegramTagsAreKeptAndEverythingElseIsText() {
    String telegram =
        "<b>Reporting fraud</b>\n\nCall &lt;script&gt;alert(1)&lt;/script&gt; &amp; more\n"
            + "<a href=\"https://www.reportfraud.police.uk/\">Report Fraud</a>";
    assertThat(TelegramHtml.toPage(telegram))
        .isEqualTo(
            "<div class=\"telegram-msg\"><strong>Reporting fraud</strong><br><br>Call"
                + " &lt;script&gt;alert(1)&lt;/script&gt; &amp; more<br><a"
                + " href=\"https://www.reportfraud.police.uk/\" rel=\"noopener"
                + " noreferrer\">Report Fraud</a></div>");
  }

  @Test
  void telegramLinksToAnythingButTheWebAreNotLinksAndStrayTagsAreText() {
    assertThat(TelegramHtml.toPage("<a href=\"javascript:alert(1)\">x</a><img src=x onerror=y>"))
        .isEqualTo("<div class=\"telegram-msg\">x&lt;img src=x onerror=y&gt;</div>");
  }

  @Test
  void teamsCardsShowTheirTextBlocksAndButtonsEscaped() {
    String activity =
        "{\"type\":\"message\",\"attachments\":[{\"contentType\":\"application/vnd.microsoft.card.adaptive\","
            + "\"content\":{\"type\":\"AdaptiveCard\",\"body\":["
            + "{\"type\":\"TextBlock\",\"text\":\"Reporting \\\\<script\\\\>\",\"weight\":\"Bolder\"},"
            + "{\"type\":\"TextBlock\",\"text\":\"Call **Report Fraud** on 0300 123 2040\\n- [site](https://www.reportfraud.police.uk/)\\n- \\\\*not bold\\\\*\"},"
            + "{\"type\":\"ActionSet\",\"actions\":[{\"type\":\"Action.Submit\",\"title\":\"<b>Helpful</b>\"}]}]}}]}";
    assertThat(TeamsHtml.toPage(activity))
        .isEqualTo(
            "<div class=\"teams-card\"><div><strong>Reporting &lt;script&gt;</strong></div>"
                + "<div>Call <strong>Report Fraud</strong> on 0300 123 2040<ul><li><a"
                + " href=\"https://www.reportfraud.police.uk/\" rel=\"noopener"
                + " noreferrer\">site</a></li><li>*not bold*</li></ul></div>"
                + "<p><span class=\"fake-button\">&lt;b&gt;Helpful&lt;/b&gt;</span></p></div>");
  }

  @Test
  void teamsTextMessagesShowTheirSuggestedActions() {
    String activity =
        "{\"type\":\"message\",\"text\":\"Did you mean?\",\"suggestedActions\":{\"actions\":[{\"title\":\"Fraud\"}]}}";
    assertThat(TeamsHtml.toPage(activity))
        .isEqualTo(
            "<div class=\"teams-card\">Did you mean?</div><p><span class=\"fake-button\">Fraud</span></p>");
  }
}
