package uk.socguide.app.admin.testing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import uk.socguide.app.admin.LiveAssistant;
import uk.socguide.app.admin.Workspace;
import uk.socguide.app.admin.WorkspaceAssembly;
import uk.socguide.app.admin.WorkspaceSettings;
import uk.socguide.app.admin.sql.Sql;
import uk.socguide.app.admin.users.Passwords;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.users.Users;
import uk.socguide.app.server.AppServer;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.store.Database;
import uk.socguide.core.UserIds;
import uk.socguide.core.dialogue.DialogueEngine;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.core.knowledge.LiveKnowledge;
import uk.socguide.core.knowledge.TrainingSets;
import uk.socguide.intents.Floors;
import uk.socguide.intents.IntentTrainer;

/**
 * The workspace alone on a real server at 127.0.0.1 and a free port, over a real database, the real
 * dialogue engine and an intent model trained from the database's published content (publishing is
 * held to no floors), with three users: {@code erin} (editor), {@code arthur} (approver) and {@code
 * ada} (admin), each with the password {@link #PASSWORD}. Passwords are hashed at a test cost.
 */
public final class WorkspaceServer implements AutoCloseable {
  public static final String PASSWORD = "correct horse battery";
  public static final Passwords CHEAP = new Passwords(64, 1);

  private final AppServer server;
  private final Users users;
  private final LiveKnowledge live;
  private final int port;

  public WorkspaceServer(Database db) {
    this.users = new Users(new Sql(db.dataSource()), CHEAP, db.audit(), Clock.systemUTC());
    users.add("erin", Role.EDITOR, PASSWORD, "test");
    users.add("arthur", Role.APPROVER, PASSWORD, "test");
    users.add("ada", Role.ADMIN, PASSWORD, "test");
    ContentRelease release = db.content().published();
    this.live =
        new LiveKnowledge(new Knowledge(release, IntentTrainer.train(TrainingSets.of(release))));
    DialogueEngine engine =
        DialogueEngine.builder(
                live,
                db.conversations(),
                db.inbox(),
                new UserIds("a test key that is long enough!!".getBytes(StandardCharsets.UTF_8)))
            .build();
    Workspace workspace =
        WorkspaceAssembly.create(
            new LiveAssistant(db, live, engine),
            WorkspaceSettings.defaults(),
            new Floors(0, 0, 0, 0),
            WorkspaceAssembly.TEAMS,
            WorkspaceAssembly.TELEGRAM,
            CHEAP,
            Clock.systemUTC(),
            2);
    this.server = new AppServer("127.0.0.1", 0).install(workspace::install);
    this.port = server.start();
  }

  public Users users() {
    return users;
  }

  /** What the assistant answers from now: the live release and the model trained on it. */
  public LiveKnowledge live() {
    return live;
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
