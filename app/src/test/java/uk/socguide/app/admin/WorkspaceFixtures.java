package uk.socguide.app.admin;

import uk.socguide.app.admin.preview.Previews;
import uk.socguide.app.admin.publish.LivePublishing;
import uk.socguide.app.admin.testing.WorkspaceServer;
import uk.socguide.content.store.Database;

/** TEMPORARY until the engine is on main. */
final class WorkspaceFixtures {
  private WorkspaceFixtures() {}

  static WorkspaceServer server(Database db) {
    LivePublishing<Object> publishing =
        new LivePublishing<>(
            db,
            r -> {
              throw new UnsupportedOperationException("engine not wired");
            },
            r -> null,
            (r, m) -> {});
    Previews previews =
        new Previews() {
          @Override
          public java.util.List<uk.socguide.app.admin.preview.ChannelPreview> topic(
              uk.socguide.content.Topic draft) {
            throw new UnsupportedOperationException();
          }

          @Override
          public uk.socguide.app.admin.preview.Attempt ask(String q, uk.socguide.content.Topic d) {
            throw new UnsupportedOperationException();
          }
        };
    return new WorkspaceServer(db, publishing, previews);
  }
}
