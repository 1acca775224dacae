package uk.socguide.app.admin.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import uk.socguide.app.admin.auth.ApiTokens;
import uk.socguide.app.admin.http.Action;
import uk.socguide.app.admin.http.Guard;
import uk.socguide.app.admin.preview.Previews;
import uk.socguide.app.admin.publish.Publishing;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.users.Users;
import uk.socguide.content.store.Database;

/**
 * The workspace's JSON API under {@code /admin/api}: the same actions as the pages, for scripts.
 * Calls authenticate with an API token ({@code Authorization: Bearer sgt_...}) or the workspace
 * session (then state-changing calls need the {@code X-CSRF-Token} header). The OpenAPI 3
 * description is at {@value #OPENAPI}, readable without signing in.
 */
public final class ApiRoutes {
  public static final String BASE = "/admin/api";
  public static final String OPENAPI = BASE + "/openapi.json";

  private final Guard guard;
  private final ContentApi content;
  private final PublishApi publish;
  private final FilesApi files;
  private final InboxApi inbox;
  private final AuditApi audit;
  private final UsersApi users;
  private final PreviewApi preview;

  public ApiRoutes(
      Database db,
      Users users,
      ApiTokens tokens,
      Guard guard,
      Publishing publishing,
      Previews previews) {
    this.guard = guard;
    this.content = new ContentApi(db);
    this.publish = new PublishApi(db, publishing);
    this.files = new FilesApi(db);
    this.inbox = new InboxApi(db);
    this.audit = new AuditApi(db);
    this.users = new UsersApi(users, tokens);
    this.preview = new PreviewApi(db, previews);
  }

  public void install(Javalin app) {
    app.get(OPENAPI, ApiRoutes::openApi);
    get(app, "/me", Role.EDITOR, users::me);

    get(app, "/topics", Role.EDITOR, content::topics);
    get(app, "/topics/{id}", Role.EDITOR, content::topic);
    put(app, "/topics/{id}", Role.EDITOR, content::saveTopic);
    get(app, "/topics/{id}/feedback", Role.EDITOR, content::topicFeedback);
    post(app, "/topics/{id}/preview", Role.EDITOR, preview::topic);
    post(app, "/try", Role.EDITOR, preview::ask);
    get(app, "/review-due", Role.EDITOR, content::reviewDue);
    get(app, "/feedback", Role.EDITOR, content::feedback);

    get(app, "/routes", Role.EDITOR, content::routes);
    get(app, "/routes/{id}", Role.EDITOR, content::route);
    put(app, "/routes/{id}", Role.EDITOR, content::saveRoute);

    get(app, "/items/{kind}/{id}/history", Role.EDITOR, content::history);
    post(app, "/workflow/{kind}/{id}/{step}", Role.EDITOR, content::step);
    get(app, "/changes", Role.EDITOR, content::changes);

    get(app, "/publish", Role.EDITOR, publish::plan);
    post(app, "/publish", Role.APPROVER, publish::publish);
    post(app, "/publish/check", Role.APPROVER, publish::check);
    get(app, "/releases", Role.EDITOR, publish::releases);
    post(app, "/releases/{number}/restore", Role.APPROVER, publish::restore);
    get(app, "/releases/{number}/export", Role.EDITOR, files::exportRelease);
    get(app, "/export", Role.EDITOR, files::exportLive);
    post(app, "/import", Role.EDITOR, files::importFiles);

    get(app, "/inbox", Role.EDITOR, inbox::groups);
    post(app, "/inbox/dismiss", Role.EDITOR, inbox::dismiss);
    post(app, "/inbox/add-example", Role.EDITOR, inbox::addExample);
    get(app, "/audit", Role.EDITOR, audit::query);

    get(app, "/users", Role.ADMIN, users::list);
    post(app, "/users", Role.ADMIN, users::add);
    app.patch(BASE + "/users/{name}", guard.api(Role.ADMIN, ApiSupport.mapped(users::change)));
    get(app, "/tokens", Role.EDITOR, users::myTokens);
    post(app, "/tokens", Role.EDITOR, users::issue);
    post(app, "/tokens/{id}/revoke", Role.EDITOR, users::revoke);
  }

  private void get(Javalin app, String path, Role role, Action action) {
    app.get(BASE + path, guard.api(role, ApiSupport.mapped(action)));
  }

  private void post(Javalin app, String path, Role role, Action action) {
    app.post(BASE + path, guard.api(role, ApiSupport.mapped(action)));
  }

  private void put(Javalin app, String path, Role role, Action action) {
    app.put(BASE + path, guard.api(role, ApiSupport.mapped(action)));
  }

  private static void openApi(Context ctx) throws IOException {
    try (InputStream in =
        ApiRoutes.class
            .getClassLoader()
            .getResourceAsStream("uk/socguide/app/admin/openapi.json")) {
      ctx.header("Cache-Control", "no-cache");
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(in.readAllBytes());
    }
  }
}
