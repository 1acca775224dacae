package uk.socguide.adapters.teams;

import java.util.Locale;
import java.util.Map;
import uk.socguide.core.Actions;

/**
 * The bot commands listed in the app manifest, as Teams sends them when picked from the command
 * menu. "help" and "report" become the core's exact actions; "NCA" and "roles" are questions the
 * engine answers like any other, so they pass through as typed.
 */
final class TeamsCommands {
  private static final Map<String, String> EXACT =
      Map.of("help", Actions.help(), "report", Actions.reportMenu());

  private TeamsCommands() {}

  /** The action for a command word on its own, or the text unchanged. */
  static String resolve(String text) {
    String word = text.strip().toLowerCase(Locale.ROOT);
    if (word.startsWith("/")) {
      word = word.substring(1);
    }
    return EXACT.getOrDefault(word, text);
  }
}
