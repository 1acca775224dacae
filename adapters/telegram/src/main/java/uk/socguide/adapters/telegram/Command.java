package uk.socguide.adapters.telegram;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bot command at the start of a message: {@code /name}, {@code /name@BotName}, then arguments.
 * Parsed from the text itself, not through {@code Message.isCommand()}, which in telegrambots
 * 10.2.0 stays false until the message's entities have been read.
 *
 * @param name lower case, without the slash
 * @param botName the bot it was addressed to, or {@code null}
 * @param argument what follows, stripped; empty when nothing does
 */
record Command(String name, String botName, String argument) {

  private static final Pattern COMMAND =
      Pattern.compile(
          "^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?$", Pattern.DOTALL);

  /** The command the text starts with, or {@code null} when it is not a command. */
  static Command parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = COMMAND.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    String argument = m.group(3) == null ? "" : m.group(3).strip();
    return new Command(m.group(1).toLowerCase(Locale.ROOT), m.group(2), argument);
  }

  /** Whether the command is for this bot (addressed to no bot in particular, or to it by name). */
  boolean isFor(String username) {
    return botName == null || (username != null && botName.equalsIgnoreCase(username));
  }
}
