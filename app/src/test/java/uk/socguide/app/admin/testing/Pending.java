package uk.socguide.app.admin.testing;

import java.util.Comparator;
import java.util.List;
import uk.socguide.content.Change;
import uk.socguide.content.ItemKind;
import uk.socguide.content.store.Database;

/** Puts a shared test database back to its live release between tests. */
public final class Pending {
  private Pending() {}

  /**
   * Discards every pending change, topics first (a topic may use a new route, which can only be
   * dropped once nothing refers to it).
   */
  public static void discardAll(Database db) {
    List<Change> pending =
        db.drafts().pendingChanges().stream()
            .sorted(Comparator.comparing(c -> c.ref().kind() != ItemKind.TOPIC))
            .toList();
    for (Change c : pending) {
      db.drafts()
          .discard(c.ref(), db.drafts().item(c.ref()).orElseThrow().version(), "test", "clean up");
    }
  }
}
