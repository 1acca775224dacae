package uk.socguide.app.config;

import java.util.Map;
import java.util.Set;

/** The names of SOC Guide's own settings, as environment variables and in the settings file. */
public final class Names {
  static final String PREFIX = "SOC_GUIDE_";

  public static final String CONFIG = "SOC_GUIDE_CONFIG";
  public static final String HOST = "SOC_GUIDE_HOST";
  public static final String PORT = "SOC_GUIDE_PORT";
  public static final String DATA = "SOC_GUIDE_DATA";
  public static final String DB_URL = "SOC_GUIDE_DB_URL";
  public static final String DB_USER = "SOC_GUIDE_DB_USER";
  public static final String DB_PASSWORD = "SOC_GUIDE_DB_PASSWORD";
  // the editors' workspace (read by uk.socguide.app.admin.WorkspaceSettings)
  public static final String SECURE_COOKIES = "SOC_GUIDE_SECURE_COOKIES";
  public static final String SESSION_IDLE_MINUTES = "SOC_GUIDE_SESSION_IDLE_MINUTES";
  public static final String USER_ID_SECRET = "SOC_GUIDE_USER_ID_SECRET";
  public static final String LOG_LEVEL = "SOC_GUIDE_LOG_LEVEL";
  public static final String EVAL_MIN_TOP1 = "SOC_GUIDE_EVAL_MIN_TOP1";
  public static final String EVAL_MIN_OOS_RECALL = "SOC_GUIDE_EVAL_MIN_OOS_RECALL";
  public static final String EVAL_MIN_OOS_PRECISION = "SOC_GUIDE_EVAL_MIN_OOS_PRECISION";
  public static final String EVAL_MIN_MUST_ANSWER = "SOC_GUIDE_EVAL_MIN_MUST_ANSWER";

  /** Read by the {@code ./bot} script, not by the program; listed so that it is not "unknown". */
  public static final String JAVA_OPTS = "SOC_GUIDE_JAVA_OPTS";

  static final Set<String> ALL =
      Set.of(
          CONFIG,
          HOST,
          PORT,
          DATA,
          DB_URL,
          DB_USER,
          DB_PASSWORD,
          SECURE_COOKIES,
          SESSION_IDLE_MINUTES,
          USER_ID_SECRET,
          LOG_LEVEL,
          EVAL_MIN_TOP1,
          EVAL_MIN_OOS_RECALL,
          EVAL_MIN_OOS_PRECISION,
          EVAL_MIN_MUST_ANSWER,
          JAVA_OPTS);

  /** The command-line flags every subcommand accepts, and the setting each one sets. */
  public static final Map<String, String> FLAGS = Map.of("--port", PORT, "--data", DATA);

  private Names() {}

  static String flagFor(String name) {
    return FLAGS.entrySet().stream()
        .filter(e -> e.getValue().equals(name))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(name);
  }
}
