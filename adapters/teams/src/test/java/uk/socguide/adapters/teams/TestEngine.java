package uk.socguide.adapters.teams;

import java.time.LocalDate;
import java.util.List;
import uk.socguide.core.Actions;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.markup.Markup;

/** Stand-in for the engine until bot-core's sample engine fixture is on main. */
final class TestEngine {
  private TestEngine() {}

  static TurnHandler create() {
    return TestEngine::reply;
  }

  private static Reply reply(InboundMessage m) {
    if (m.kind() == InboundMessage.Kind.CONVERSATION_START) {
      return new Reply(
          List.of(
              new ReplyMessage(
                  null,
                  Markup.parse("Hello. I answer questions about **serious and organised crime**."),
                  List.of(
                      new Suggestion("What is county lines?", "What is county lines?"),
                      new Suggestion("How do I report a concern?", "How do I report a concern?")),
                  List.of(),
                  null,
                  null)),
          Reply.Outcome.WELCOME,
          null,
          0,
          List.of());
    }
    if (m.text().startsWith("#feedback:")) {
      return new Reply(
          List.of(ReplyMessage.of(Markup.plain("Thank you for your feedback."))),
          Reply.Outcome.FEEDBACK,
          null,
          0,
          List.of());
    }
    if (m.text().toLowerCase(java.util.Locale.ROOT).contains("county lines")) {
      return new Reply(
          List.of(
              new ReplyMessage(
                  "County lines",
                  Markup.parse(
                      "County lines is **drug dealing** across areas.\n\n- Children are"
                          + " exploited\n- Report to [Crimestoppers](https://crimestoppers-uk.org)"),
                  List.of(new Suggestion("Cuckooing", Actions.topic("cuckooing"))),
                  List.of(new SourceRef("Home Office guidance", "para 4", "https://www.gov.uk/x")),
                  LocalDate.of(2025, 2, 1),
                  "county-lines")),
          Reply.Outcome.ANSWER,
          "county-lines",
          0.9,
          List.of());
    }
    return new Reply(
        List.of(
            new ReplyMessage(
                null,
                Markup.plain("I can't help with that."),
                List.of(new Suggestion("What is county lines?", "What is county lines?")),
                List.of(),
                null,
                null)),
        Reply.Outcome.FALLBACK,
        null,
        0,
        List.of());
  }
}
