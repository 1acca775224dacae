package uk.socguide.app.wiring;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import uk.socguide.app.config.DatabaseConfig;
import uk.socguide.content.store.Database;
import uk.socguide.core.dialogue.TurnObserver;

/**
 * The real assistant for tests: the content store in an in-memory H2 database with the shipped seed
 * loaded, the intent model trained on it, and the dialogue engine over both.
 */
public final class SeededAssistant {
  /** A fixed user-id key, so tests can compute the pseudonyms they expect. */
  public static final byte[] USER_ID_KEY =
      "test-key-test-key-test-key-test-key".getBytes(StandardCharsets.UTF_8);

  private SeededAssistant() {}

  public static Assistant open(TurnObserver observer) {
    Database db =
        Store.open(
            new DatabaseConfig(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "", null));
    return Assembly.assistant(db, USER_ID_KEY, observer);
  }
}
