package uk.socguide.app.wiring;

import java.util.List;
import uk.socguide.app.config.AppConfig;
import uk.socguide.app.server.HealthCheck;
import uk.socguide.content.store.Database;

/**
 * Builds the assistant by hand, in order: the database (content store), the seed loaded into an
 * empty database, the published release, the intent model trained from it, and the dialogue engine
 * over both. No container: each part is constructed here with what it needs.
 */
public final class Assembly {

  private Assembly() {}

  /**
   * The assistant over an open content store, which it closes when it is closed.
   *
   * @param db the content store, with the seed loaded ({@link Store#open})
   * @param userIdKey the key adapters hash user ids with
   * @throws NotInThisBuild while intent detection or the engine are not on main
   */
  public static Assistant assistant(AppConfig config, byte[] userIdKey, Database db) {
    db.content().published(); // the release the model will be trained from
    throw new NotInThisBuild("the dialogue engine and intent detection are not on main yet");
  }

  /** What can be checked for readiness without the assistant. */
  public static List<HealthCheck> storeChecks(Database db) {
    return List.of(DatabaseCheck.of(db.dataSource()));
  }
}
