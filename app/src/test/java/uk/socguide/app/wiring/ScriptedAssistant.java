package uk.socguide.app.wiring;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import uk.socguide.adapters.web.IntentParser;
import uk.socguide.adapters.web.ParseResult;
import uk.socguide.app.server.HealthCheck;
import uk.socguide.core.Actions;
import uk.socguide.core.EntityRef;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.markup.Markup;

/**
 * Stands in for the dialogue engine (bot-core's port, owned by another module) in tests of the
 * server, the page and the API: a question about fraud gets a cited answer; anything else a
 * fallback that quotes the text back, so tests can check it is escaped wherever it is shown.
 */
public final class ScriptedAssistant implements Assistant {
  public final AtomicInteger turnsTaken = new AtomicInteger();
  public final AtomicBoolean modelLoaded = new AtomicBoolean(true);

  @Override
  public TurnHandler turns() {
    return this::handle;
  }

  private Reply handle(InboundMessage message) {
    turnsTaken.incrementAndGet();
    String text = message.text();
    if (text.contains("slowly")) {
      pause(); // long enough for a browser test to see the typing indicator
    }
    if (text.startsWith("#feedback:")) {
      return new Reply(
          List.of(ReplyMessage.of(Markup.plain("Thank you for your feedback."))),
          Reply.Outcome.FEEDBACK,
          null,
          0,
          List.of());
    }
    if (text.toLowerCase(Locale.ROOT).contains("fraud")) {
      return new Reply(
          List.of(
              new ReplyMessage(
                  "Reporting fraud",
                  Markup.parse(
                      "If someone is in danger now, call **999**.\n\n"
                          + "Report fraud to [Report Fraud](https://www.reportfraud.police.uk)."),
                  List.of(
                      new Suggestion("Reporting anonymously", Actions.topic("report.anonymous"))),
                  List.of(
                      new SourceRef(
                          "Report Fraud: how to report", "", "https://www.reportfraud.police.uk")),
                  LocalDate.of(2026, 11, 28),
                  "report.fraud")),
          Reply.Outcome.ANSWER,
          "report.fraud",
          0.93,
          List.of(new EntityRef("crime", "fraud")));
    }
    return new Reply(
        List.of(
            new ReplyMessage(
                null,
                Markup.plain("I cannot help with \"" + text + "\"."),
                List.of(new Suggestion("How do I report fraud?", "how do I report fraud")),
                List.of(),
                null,
                null)),
        Reply.Outcome.FALLBACK,
        null,
        0.1,
        List.of());
  }

  private static void pause() {
    try {
      Thread.sleep(1500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public IntentParser parser() {
    return text ->
        new ParseResult(
            List.of(
                new ParseResult.Ranked("report.fraud", 0.7),
                new ParseResult.Ranked("report.anonymous", 0.2)),
            List.of(new EntityRef("crime", "fraud")),
            false,
            false);
  }

  @Override
  public List<HealthCheck> checks() {
    return List.of(
        new HealthCheck() {
          @Override
          public String name() {
            return "model";
          }

          @Override
          public Result check() {
            return modelLoaded.get() ? Result.up("loaded") : Result.down("not loaded");
          }
        });
  }

  @Override
  public void close() {}
}
