package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.socguide.core.Actions;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.markup.Markup;

class TelegramPreviewTest {

  private static final ReplyMessage ANSWER =
      new ReplyMessage(
          "Reporting fraud",
          Markup.parse(("Report it to **Report Fraud**. ".repeat(60) + "\n\n").repeat(5)),
          List.of(
              new Suggestion("Reporting anonymously", Actions.topic("report.anonymous")),
              new Suggestion("x".repeat(100), Actions.topic("role.nca"))),
          List.of(new SourceRef("Report Fraud", "", "https://www.reportfraud.police.uk")),
          LocalDate.of(2026, 11, 28),
          "report.fraud");

  @Test
  void thePreviewIsExactlyWhatIsSent() {
    List<String> preview = TelegramPreview.messages(ANSWER);

    assertThat(preview)
        .isEqualTo(
            new HtmlRenderer(new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT)).render(ANSWER));
    assertThat(preview).hasSizeGreaterThan(1);
    assertThat(preview.get(preview.size() - 1)).endsWith("Last reviewed 28 November 2026");
  }

  @Test
  void theButtonsAreLabelledAsInTelegram() {
    List<String> labels = TelegramPreview.buttons(ANSWER);
    var keyboard =
        new Keyboards(new CallbackStore(10, Duration.ofMinutes(1), Clock.systemUTC()))
            .forReply(1, ANSWER);

    assertThat(labels)
        .hasSize(4)
        .startsWith("Reporting anonymously")
        .endsWith(Keyboards.HELPFUL, Keyboards.NOT_HELPFUL);
    assertThat(labels.get(1)).hasSize(60).endsWith("…");
    assertThat(keyboard.getKeyboard().stream().flatMap(List::stream).map(b -> b.getText()))
        .containsExactlyElementsOf(labels);
  }
}
