package uk.socguide.app.config;

import java.nio.file.Path;

/**
 * SOC Guide's own settings, read once at start-up and checked; see {@link ConfigLoader} for the
 * names, defaults and rules.
 *
 * @param host the address the HTTP server listens on
 * @param port the HTTP port; 0 picks a free one
 * @param dataDir the data folder (absolute): H2 database, user-id secret, reports
 * @param database where the content store lives
 * @param userIdSecret the user-id HMAC key from the environment, or {@code null} to use (and on
 *     first start create) the one kept in the data folder
 * @param logLevel the root log level: TRACE, DEBUG, INFO, WARN, ERROR or OFF
 * @param floors the evaluation floors
 */
public record AppConfig(
    String host,
    int port,
    Path dataDir,
    DatabaseConfig database,
    Secret userIdSecret,
    String logLevel,
    EvaluationFloors floors) {}
