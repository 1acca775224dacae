package uk.socguide.app.wiring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.app.cli.StartupFailure;
import uk.socguide.app.config.DatabaseConfig;
import uk.socguide.content.SeedResult;
import uk.socguide.content.ValidationException;
import uk.socguide.content.store.Database;
import uk.socguide.content.store.DatabaseException;

/**
 * Opens the content store and loads the seed knowledge base, as every command that reads content
 * does first: an empty database gets the seed published as release 1; a database that has content
 * keeps it, and a newer seed is only offered to editors as drafts.
 */
public final class Store {
  private static final Logger LOG = LoggerFactory.getLogger(Store.class);

  private Store() {}

  /**
   * @throws StartupFailure when the database cannot be opened or the seed is broken
   */
  public static Database open(DatabaseConfig config) {
    long start = System.nanoTime();
    Database db;
    try {
      db =
          Database.builder()
              .url(config.url())
              .credentials(config.user(), config.passwordText())
              .open();
    } catch (DatabaseException e) {
      throw new StartupFailure(e.getMessage(), e);
    }
    long opened = System.nanoTime();
    try {
      SeedResult seed = db.files().loadSeed();
      LOG.debug(
          "database opened in {} ms, seed checked in {} ms",
          (opened - start) / 1_000_000,
          (System.nanoTime() - opened) / 1_000_000);
      switch (seed.outcome()) {
        case PUBLISHED -> LOG.info("Loaded the seed knowledge base as release {}", seed.release());
        case OFFERED ->
            LOG.info(
                "A newer seed offers {} changes to editors as drafts ({} kept as editors left them)",
                seed.offered().size(),
                seed.skipped().size());
        case ALREADY_LOADED -> LOG.debug("seed already loaded");
      }
      return db;
    } catch (ValidationException | DatabaseException e) {
      db.close();
      throw new StartupFailure("the seed knowledge base could not be loaded: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }
}
