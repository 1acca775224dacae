package uk.socguide.app.admin.testing;

import java.time.Clock;
import uk.socguide.app.admin.Workspace;
import uk.socguide.app.admin.WorkspaceSettings;
import uk.socguide.app.admin.preview.Previews;
import uk.socguide.app.admin.publish.Publishing;
import uk.socguide.app.admin.sql.Sql;
import uk.socguide.app.admin.users.Passwords;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.users.Users;
import uk.socguide.app.server.AppServer;
import uk.socguide.content.store.Database;

/**
 * The workspace on a real server at 127.0.0.1 and a free port, over a real database, with three
 * users: {@code erin} (editor), {@code arthur} (approver) and {@code ada} (admin), each with the
 * password {@link #PASSWORD}. Passwords are hashed at a test cost.
 */
public final class WorkspaceServer implements AutoCloseable {
  public static final String PASSWORD = "correct horse battery";
  public static final Passwords CHEAP = new Passwords(64, 1);

  private final AppServer server;
  private final Users users;
  private final int port;

  public WorkspaceServer(Database db, Publishing publishing, Previews previews) {
    this.users = new Users(new Sql(db.dataSource()), CHEAP, db.audit(), Clock.systemUTC());
    users.add("erin", Role.EDITOR, PASSWORD, "test");
    users.add("arthur", Role.APPROVER, PASSWORD, "test");
    users.add("ada", Role.ADMIN, PASSWORD, "test");
    Workspace workspace =
        new Workspace(
            db, WorkspaceSettings.defaults(), publishing, previews, CHEAP, Clock.systemUTC());
    this.server = new AppServer("127.0.0.1", 0).install(workspace::install);
    this.port = server.start();
  }

  public Users users() {
    return users;
  }

  public String base() {
    return "http://127.0.0.1:" + port;
  }

  public Http client() {
    return new Http(base());
  }

  /** A client signed in as {@code name}. */
  public Http signedIn(String name) {
    Http http = client();
    Http.Response r = http.signIn(name, PASSWORD);
    if (r.status() != 303) {
      throw new AssertionError("could not sign in as " + name + ": " + r.status() + " " + r.body());
    }
    return http;
  }

  @Override
  public void close() {
    server.close();
  }
}
