package uk.socguide.adapters.telegram;

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

/** TEMPORARY: stands in until bot-core's sample engine is on main. */
final class ScratchEngine implements TurnHandler {
  @Override
  public Reply handle(InboundMessage m) {
    String body =
        switch (m.kind()) {
          case CONVERSATION_START -> "Welcome to SOC Guide.";
          case NON_TEXT -> "I can only read text messages.";
          case TEXT -> "You asked: " + m.text();
        };
    ReplyMessage message =
        new ReplyMessage(
            null,
            Markup.plain(body),
            List.of(new Suggestion("Report fraud", Actions.topic("report.fraud"))),
            List.of(new SourceRef("Report Fraud", "", "https://www.reportfraud.police.uk/")),
            LocalDate.of(2025, 1, 1),
            "report.fraud");
    return new Reply(List.of(message), Reply.Outcome.ANSWER, "report.fraud", 1, List.of());
  }
}
