package uk.socguide.app.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.Suggestion;
import uk.socguide.core.TurnHandler;

/**
 * The dialogue in a terminal: a line in, the reply out as plain text. Typing the number of a choice
 * picks it. Ends at end of input or on {@code /quit}. Works the same when input is a pipe (then no
 * prompt is printed, so the output is only the conversation).
 */
public final class ConsoleChat {
  public static final String CHANNEL = "console";

  private final TurnHandler turns;
  private final String conversationId;
  private final String userHash;
  private final Audience audience;
  private final boolean interactive;
  private List<Suggestion> choices = List.of();

  /**
   * @param userHash the console user's id, already hashed
   * @param audience the audience to assume until the conversation chooses one, or {@code null}
   * @param interactive print a prompt before each line
   */
  public ConsoleChat(
      TurnHandler turns,
      String conversationId,
      String userHash,
      Audience audience,
      boolean interactive) {
    this.turns = turns;
    this.conversationId = conversationId;
    this.userHash = userHash;
    this.audience = audience;
    this.interactive = interactive;
  }

  public void run(BufferedReader in, PrintStream out) throws IOException {
    show(
        turns.handle(
            new InboundMessage(
                CHANNEL,
                conversationId,
                userHash,
                "",
                audience,
                InboundMessage.Kind.CONVERSATION_START)),
        out);
    if (interactive) {
      out.println("\n(Type a question, a number to pick a choice, or /quit to leave.)");
    }
    while (true) {
      if (interactive) {
        out.print("\nyou> ");
        out.flush();
      }
      String line = in.readLine();
      if (line == null) {
        break;
      }
      String text = line.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (text.equals("/quit") || text.equals("/exit")) {
        break;
      }
      Suggestion picked = pick(text);
      if (picked != null) {
        out.println("\n> " + PlainText.safe(picked.title()));
        text = picked.value();
      } else if (!interactive) {
        // piped input is not shown by a terminal: echo it so the output reads as a transcript
        out.println("\n> " + PlainText.safe(text));
      }
      show(
          turns.handle(InboundMessage.text(CHANNEL, conversationId, userHash, text, audience)),
          out);
    }
    out.flush();
  }

  private Suggestion pick(String text) {
    if (!text.matches("\\d{1,3}")) {
      return null;
    }
    int n = Integer.parseInt(text);
    return n >= 1 && n <= choices.size() ? choices.get(n - 1) : null;
  }

  private void show(Reply reply, PrintStream out) {
    List<Suggestion> offered = new ArrayList<>();
    StringBuilder s = new StringBuilder();
    for (ReplyMessage m : reply.messages()) {
      s.append("\n").append(PlainText.render(m, offered)).append('\n');
    }
    out.print(s);
    out.flush();
    choices = List.copyOf(offered);
  }
}
