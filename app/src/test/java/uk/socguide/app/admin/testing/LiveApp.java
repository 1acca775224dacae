package uk.socguide.app.admin.testing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.socguide.adapters.web.IntentParser;
import uk.socguide.adapters.web.ParseResult;
import uk.socguide.app.admin.LiveAssistant;
import uk.socguide.app.admin.Workspace;
import uk.socguide.app.admin.WorkspaceAssembly;
import uk.socguide.app.admin.WorkspaceSettings;
import uk.socguide.app.admin.sql.Sql;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.users.Users;
import uk.socguide.app.server.HealthCheck;
import uk.socguide.app.wiring.Application;
import uk.socguide.app.wiring.Assistant;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.store.Database;
import uk.socguide.core.EntityRef;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.UserIds;
import uk.socguide.core.dialogue.DialogueEngine;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.core.knowledge.LiveKnowledge;
import uk.socguide.core.knowledge.TrainingSets;
import uk.socguide.intents.Classification;
import uk.socguide.intents.Floors;
import uk.socguide.intents.IntentModel;
import uk.socguide.intents.IntentTrainer;

/**
 * The whole application over the real seed, as {@code ./bot serve} runs it: an in-memory H2 with
 * the seed published as release 1, the intent model trained from it, the dialogue engine over the
 * live knowledge, the browser chat and {@code /api/chat}, and the editors' workspace, on one server
 * at 127.0.0.1 and a free port. Users {@code erin} (editor), {@code arthur} (approver) and {@code
 * ada} (admin) have the password {@link WorkspaceServer#PASSWORD}.
 */
public final class LiveApp implements AutoCloseable {
  /** Fewer folds than a real publish runs: the same checks, sooner, on lowered floors. */
  private static final int FEWER_FOLDS = 3;

  private static final Pattern TOKEN = Pattern.compile("id=\"new-token\">(sgt_[A-Za-z0-9_-]+)<");

  private final Database db;
  private final Application app;
  private final Users users;

  private LiveApp(Floors floors, int folds, Database db, LiveKnowledge live) {
    this.db = db;
    UserIds ids = new UserIds("a test key that is long enough!!".getBytes(StandardCharsets.UTF_8));
    DialogueEngine engine =
        DialogueEngine.builder(live, db.conversations(), db.inbox(), ids).build();
    Workspace workspace =
        WorkspaceAssembly.create(
            new LiveAssistant(db, live, engine),
            WorkspaceSettings.defaults(),
            floors,
            WorkspaceAssembly.TEAMS,
            WorkspaceAssembly.TELEGRAM,
            WorkspaceServer.CHEAP,
            Clock.systemUTC(),
            folds);
    this.users =
        new Users(new Sql(db.dataSource()), WorkspaceServer.CHEAP, db.audit(), Clock.systemUTC());
    users.add("erin", Role.EDITOR, WorkspaceServer.PASSWORD, "test");
    users.add("arthur", Role.APPROVER, WorkspaceServer.PASSWORD, "test");
    users.add("ada", Role.ADMIN, WorkspaceServer.PASSWORD, "test");
    this.app =
        Application.start(
            "127.0.0.1", 0, new EngineAssistant(engine, live, db), ids, workspace::install);
  }

  /** Publishing held to the floors the product ships with, which the seed meets. */
  public static LiveApp startWithShippedFloors() {
    Database db = seeded();
    return new LiveApp(
        Floors.defaults(), WorkspaceAssembly.FOLDS, db, live(db.content().published()));
  }

  /** Publishing held to floors of {@code floor} for every figure. */
  public static LiveApp startWithDefaultFloorsLoweredTo(double floor) {
    Database db = seeded();
    return new LiveApp(
        new Floors(floor, floor, floor, floor), FEWER_FOLDS, db, live(db.content().published()));
  }

  private static Database seeded() {
    Database db = Database.builder().inMemory("live-" + UUID.randomUUID()).open();
    db.files().loadSeed();
    return db;
  }

  private static LiveKnowledge live(ContentRelease release) {
    return new LiveKnowledge(new Knowledge(release, IntentTrainer.train(TrainingSets.of(release))));
  }

  public String base() {
    return "http://127.0.0.1:" + app.port();
  }

  public Database db() {
    return db;
  }

  public Users users() {
    return users;
  }

  /** A new API token of {@code user}'s, made through the workspace as they would make it. */
  public String token(String user) {
    Http http = new Http(base());
    if (http.signIn(user, WorkspaceServer.PASSWORD).status() != 303) {
      throw new AssertionError("could not sign in as " + user);
    }
    String csrf = http.get("/admin/account").csrf();
    Http.Response r =
        http.form("/admin/account/tokens", "csrf", csrf, "label", "load test", "days", "1");
    Matcher m = TOKEN.matcher(r.body());
    if (!m.find()) {
      throw new AssertionError("no token issued: " + r.body());
    }
    return m.group(1);
  }

  @Override
  public void close() {
    app.close();
  }

  /** The assistant over the real engine and the live model, as the app assembles it. */
  private static final class EngineAssistant implements Assistant {
    private final DialogueEngine engine;
    private final LiveKnowledge live;
    private final Database db;

    EngineAssistant(DialogueEngine engine, LiveKnowledge live, Database db) {
      this.engine = engine;
      this.live = live;
      this.db = db;
    }

    @Override
    public TurnHandler turns() {
      return engine;
    }

    @Override
    public IntentParser parser() {
      return text -> {
        IntentModel model = live.get().model();
        Classification c = model.classify(text);
        return new ParseResult(
            c.ranking().stream().map(s -> new ParseResult.Ranked(s.intent(), s.score())).toList(),
            c.entities().stream().map(e -> new EntityRef(e.type(), e.value())).toList(),
            c.outOfScope(),
            c.needsClarification());
      };
    }

    @Override
    public List<HealthCheck> checks() {
      return List.of();
    }

    @Override
    public Optional<LiveAssistant> live() {
      return Optional.of(new LiveAssistant(db, live, engine));
    }

    @Override
    public void close() {
      db.close();
    }
  }
}
