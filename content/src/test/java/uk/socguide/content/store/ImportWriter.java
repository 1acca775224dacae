package uk.socguide.content.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import uk.socguide.content.testing.TestDatabases;

/**
 * A separate process for {@link KilledImportIT}: imports a folder into an H2 file database and,
 * halfway through the import's transaction, forces what it has written so far onto disk, says
 * {@value #MIDWAY} on standard output and waits to be killed.
 */
public final class ImportWriter {
  static final String MIDWAY = "MIDWAY";

  private ImportWriter() {}

  public static void main(String[] args) throws Exception {
    Path base = Path.of(args[0]);
    Path files = Path.of(args[1]);
    int stopAfter = Integer.parseInt(args[2]);
    Database db = Database.builder().h2File(base).clock(TestDatabases.CLOCK).open();
    AtomicInteger written = new AtomicInteger();
    db.files()
        .importFrom(
            files,
            "importer",
            ref -> {
              if (written.incrementAndGet() == stopAfter) {
                checkpoint(db);
                System.out.println(MIDWAY);
                System.out.flush();
                sleepForever();
              }
            });
    System.out.println("finished without being killed");
  }

  /** Writes everything, uncommitted changes included, to the database file (H2 only). */
  private static void checkpoint(Database db) {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CHECKPOINT SYNC");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleepForever() {
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
