package uk.socguide.app.cli;

import java.util.List;

/** The text of {@code ./bot --help}. */
final class Help {
  private Help() {}

  static String text(List<Command> commands) {
    int width = 16;
    StringBuilder s = new StringBuilder();
    s.append("SOC Guide: guidance on serious and organised crime for UK local government\n\n");
    s.append("Usage: ./bot [COMMAND] [ARGS] [--port N] [--data DIR] [--config FILE]\n\n");
    s.append("Commands (serve when none is given):\n");
    for (Command c : commands) {
      s.append("  ").append(c.usage()).append("\n      ").append(c.summary()).append('\n');
    }
    s.append("\nOptions accepted by every command:\n");
    s.append("  ").append(pad("--port N", width)).append("HTTP port (SOC_GUIDE_PORT, 8080)\n");
    s.append("  ")
        .append(pad("--data DIR", width))
        .append("data folder: database, keys, reports (SOC_GUIDE_DATA, ./data)\n");
    s.append("  ")
        .append(pad("--config FILE", width))
        .append("settings file (SOC_GUIDE_CONFIG, ./soc-guide.properties if present)\n");
    s.append("  ").append(pad("--help", width)).append("this help, or a command's usage\n");
    s.append("\nSettings: file < environment < flags. Secrets come from the environment only.\n");
    return s.toString();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + "  " : s + " ".repeat(width - s.length());
  }
}
