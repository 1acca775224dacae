package uk.socguide.app.admin;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import uk.socguide.app.config.ConfigException;
import uk.socguide.app.config.Names;
import uk.socguide.app.config.Settings;

/**
 * The workspace's settings.
 *
 * <ul>
 *   <li>{@code SOC_GUIDE_SECURE_COOKIES} (default {@code true}): session cookies are Secure, so
 *       browsers send them over HTTPS only (and to localhost). {@code false} is accepted only when
 *       the server listens on a loopback address ({@code SOC_GUIDE_HOST=127.0.0.1}), for plain HTTP
 *       on one's own machine.
 *   <li>{@code SOC_GUIDE_SESSION_IDLE_MINUTES} (default 60, 5 to 720): a session ends after this
 *       long without a request (and always 12 hours after signing in).
 * </ul>
 */
public record WorkspaceSettings(boolean secureCookies, Duration sessionIdle) {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "[::1]", "localhost");

  public static WorkspaceSettings defaults() {
    return new WorkspaceSettings(true, Duration.ofMinutes(60));
  }

  /**
   * @param host the address the server listens on
   * @throws ConfigException naming the setting when one is bad
   */
  public static WorkspaceSettings from(Settings settings, String host) {
    boolean secure = true;
    String raw = settings.value(Names.SECURE_COOKIES).orElse(null);
    if (raw != null) {
      switch (raw.strip().toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on" -> secure = true;
        case "false", "no", "off" -> secure = false;
        default -> throw bad(settings, Names.SECURE_COOKIES, "must be true or false");
      }
    }
    if (!secure && !LOOPBACK.contains(host.toLowerCase(Locale.ROOT))) {
      throw bad(
          settings,
          Names.SECURE_COOKIES,
          "may be false only when the server listens on 127.0.0.1, ::1 or localhost"
              + " (SOC_GUIDE_HOST is "
              + host
              + "); serve the workspace over HTTPS instead");
    }
    long minutes = 60;
    String idle = settings.value(Names.SESSION_IDLE_MINUTES).orElse(null);
    if (idle != null) {
      try {
        minutes = Long.parseLong(idle.strip());
      } catch (NumberFormatException e) {
        minutes = -1;
      }
      if (minutes < 5 || minutes > 720) {
        throw bad(settings, Names.SESSION_IDLE_MINUTES, "must be a whole number from 5 to 720");
      }
    }
    return new WorkspaceSettings(secure, Duration.ofMinutes(minutes));
  }

  private static ConfigException bad(Settings settings, String name, String reason) {
    return new ConfigException(
        "bad setting " + name + " (" + settings.origin(name) + "): " + reason);
  }
}
