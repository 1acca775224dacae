package uk.socguide.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.markup.Markup;

/** The console driven through its input, as a pipe drives it. */
class ConsoleChatTest {
  private final List<InboundMessage> seen = new ArrayList<>();

  /** Answers a welcome with two choices, and anything else by repeating it. */
  private final TurnHandler engine =
      message -> {
        seen.add(message);
        if (message.kind() == InboundMessage.Kind.CONVERSATION_START) {
          return reply(
              new ReplyMessage(
                  null,
                  Markup.parse("Hello. I answer questions about **organised crime**."),
                  List.of(
                      new Suggestion("How do I report fraud?", "#topic:report.fraud"),
                      new Suggestion("What is the NCA?", "#topic:role.nca")),
                  List.of(),
                  null,
                  null));
        }
        return reply(
            new ReplyMessage(
                "You said",
                Markup.plain(message.text()),
                List.of(),
                List.of(new SourceRef("Report Fraud", "home", "https://www.reportfraud.police.uk")),
                LocalDate.of(2026, 11, 28),
                "report.fraud"));
      };

  private static Reply reply(ReplyMessage m) {
    return new Reply(List.of(m), Reply.Outcome.ANSWER, null, 0, List.of());
  }

  private String chat(String input) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ConsoleChat(engine, "c1", "user-hash", Audience.COUNCILLOR, false)
        .run(
            new BufferedReader(new StringReader(input)),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theWelcomeComesFirstWithItsChoicesNumbered() throws IOException {
    String out = chat("");

    assertThat(out)
        .contains("Hello. I answer questions about organised crime.")
        .contains("  1. How do I report fraud?\n  2. What is the NCA?");
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).kind()).isEqualTo(InboundMessage.Kind.CONVERSATION_START);
  }

  @Test
  void typingANumberSendsThatChoicesValue() throws IOException {
    String out = chat("2\n");

    assertThat(seen.get(1).text()).isEqualTo("#topic:role.nca");
    assertThat(out).contains("> What is the NCA?");
  }

  @Test
  void pipedLinesAreEchoedSoTheOutputReadsAsATranscript() throws IOException {
    String out = chat("what is the NCA\n");

    assertThat(out).contains("\n> what is the NCA\n");
  }

  @Test
  void aNumberBeyondTheChoicesIsSentAsText() throws IOException {
    chat("999\n");

    assertThat(seen.get(1).text()).isEqualTo("999");
  }

  @Test
  void answersShowSourcesReviewDateAndFeedbackChoices() throws IOException {
    String out = chat("how do i report fraud\n2\n");

    assertThat(out)
        .contains("YOU SAID\n\nhow do i report fraud")
        .contains("Source:\n- Report Fraud, home <https://www.reportfraud.police.uk>")
        .contains("Last reviewed 28 November 2026.")
        .contains("  1. Helpful\n  2. Not helpful");
    assertThat(seen.get(2).text()).isEqualTo("#feedback:no:report.fraud");
  }

  @Test
  void everyTurnCarriesTheConversationUserAndAudience() throws IOException {
    chat("hello\n\n   \nthanks\n/quit\nnot sent\n");

    assertThat(seen).hasSize(3);
    assertThat(seen)
        .allSatisfy(
            m -> {
              assertThat(m.channel()).isEqualTo("console");
              assertThat(m.conversationId()).isEqualTo("c1");
              assertThat(m.userHash()).isEqualTo("user-hash");
              assertThat(m.audienceHint()).isEqualTo(Audience.COUNCILLOR);
            });
  }

  @Test
  void terminalControlSequencesInRepliesAreNeutralised() throws IOException {
    String out = chat("\u001b[2J\u001b]0;owned\u0007 \u202Eevil\n");

    assertThat(out).doesNotContain("\u001b", "\u0007", "\u202E").contains("?[2J");
  }

  @Test
  void longParagraphsAreWrappedForATerminal() {
    String text = PlainText.body(Markup.parse("word ".repeat(60)));

    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
  }
}
