package uk.socguide.app.admin.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import uk.socguide.app.admin.auth.ApiTokens;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.auth.Sessions;
import uk.socguide.app.admin.auth.SignIn;
import uk.socguide.app.admin.http.Guard;
import uk.socguide.app.admin.preview.Previews;
import uk.socguide.app.admin.publish.Publishing;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.users.Users;
import uk.socguide.app.admin.view.Page;
import uk.socguide.content.store.Database;

/**
 * The workspace's pages under {@code /admin}, each bound with the least role it needs. Every page
 * needs a session; every form posts the session's CSRF token.
 */
public final class WebRoutes {
  private static final String ASSETS = "uk/socguide/app/admin/assets/";
  private static final Map<String, String> ASSET_TYPES =
      Map.of("admin.css", "text/css; charset=utf-8");

  private final Templates templates = new Templates();
  private final PageContext pages;
  private final Guard guard;
  private final LoginPages login;
  private final DashboardPage dashboard;
  private final TopicPages topics;
  private final TopicEditPage edit;
  private final RoutePages routes;
  private final WorkflowActions workflow;
  private final ChangesPage changes;
  private final PublishPages publish;
  private final InboxPages inbox;
  private final AuditPage audit;
  private final UserPages users;
  private final TryPage tryPage;
  private final ImportPage importPage;

  public WebRoutes(
      Database db,
      Users accounts,
      Sessions sessions,
      ApiTokens tokens,
      SignIn signIn,
      Guard guard,
      Publishing publishing,
      Previews previews) {
    this.pages = new PageContext(sessions);
    this.guard = guard;
    this.login = new LoginPages(signIn, guard, templates);
    this.dashboard = new DashboardPage(db, pages, templates);
    this.topics = new TopicPages(db, pages, templates);
    this.edit = new TopicEditPage(db, previews, pages, templates);
    this.routes = new RoutePages(db, pages, templates);
    this.workflow = new WorkflowActions(db, pages);
    this.changes = new ChangesPage(db, pages, templates);
    this.publish = new PublishPages(db, publishing, pages, templates);
    this.inbox = new InboxPages(db, pages, templates);
    this.audit = new AuditPage(db, pages, templates);
    this.users = new UserPages(accounts, sessions, tokens, pages, templates);
    this.tryPage = new TryPage(previews, pages, templates);
    this.importPage = new ImportPage(db, pages, templates);
    guard.pageRefusals(this::refusePage);
  }

  /** How the guard answers a page request it refuses, or a handler's refusal. */
  public void refusePage(Context ctx, Principal who, int status, String message) {
    templates.page(
        ctx, status, "error.jte", "page", pages.plain(who, title(status)), "message", message);
  }

  public void install(Javalin app) {
    app.get("/admin/assets/{name}", WebRoutes::asset);
    app.get(Guard.LOGIN_PATH, login::form);
    app.post(Guard.LOGIN_PATH, login::submit);
    app.post("/admin/logout", guard.page(Role.EDITOR, login::logout));

    app.get("/admin", guard.page(Role.EDITOR, dashboard::show));
    app.get("/admin/topics", guard.page(Role.EDITOR, topics::list));
    app.get("/admin/topics/new", guard.page(Role.EDITOR, edit::create));
    app.post("/admin/topics", guard.page(Role.EDITOR, edit::submit));
    app.get("/admin/topics/{id}", guard.page(Role.EDITOR, topics::show));
    app.get("/admin/topics/{id}/edit", guard.page(Role.EDITOR, edit::edit));
    app.post("/admin/topics/{id}", guard.page(Role.EDITOR, edit::submit));
    app.get("/admin/try", guard.page(Role.EDITOR, tryPage::form));
    app.post("/admin/try", guard.page(Role.EDITOR, tryPage::ask));

    app.get("/admin/routes", guard.page(Role.EDITOR, routes::list));
    app.get("/admin/routes/new", guard.page(Role.EDITOR, routes::create));
    app.post("/admin/routes", guard.page(Role.EDITOR, routes::save));
    app.get("/admin/routes/{id}", guard.page(Role.EDITOR, routes::show));
    app.post("/admin/routes/{id}", guard.page(Role.EDITOR, routes::save));

    app.post("/admin/workflow/{kind}/{id}/{step}", guard.page(Role.EDITOR, workflow::step));
    app.get("/admin/changes", guard.page(Role.EDITOR, changes::show));
    app.get("/admin/publish", guard.page(Role.APPROVER, publish::form));
    app.post("/admin/publish", guard.page(Role.APPROVER, publish::submit));
    app.get("/admin/releases", guard.page(Role.EDITOR, publish::releases));
    app.post("/admin/releases/{number}/restore", guard.page(Role.APPROVER, publish::restore));
    app.post("/admin/import", guard.page(Role.EDITOR, importPage::upload));

    app.get("/admin/inbox", guard.page(Role.EDITOR, inbox::show));
    app.post("/admin/inbox/dismiss", guard.page(Role.EDITOR, inbox::dismiss));
    app.post("/admin/inbox/add-example", guard.page(Role.EDITOR, inbox::addExample));
    app.get("/admin/audit", guard.page(Role.EDITOR, audit::show));

    app.get("/admin/users", guard.page(Role.ADMIN, users::list));
    app.post("/admin/users", guard.page(Role.ADMIN, users::add));
    app.post("/admin/users/{name}/{what}", guard.page(Role.ADMIN, users::change));
    app.get("/admin/account", guard.page(Role.EDITOR, users::account));
    app.post("/admin/account/password", guard.page(Role.EDITOR, users::changePassword));
    app.post("/admin/account/tokens", guard.page(Role.EDITOR, users::issueToken));
    app.post("/admin/account/tokens/{id}/revoke", guard.page(Role.EDITOR, users::revokeToken));
  }

  private static void asset(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    String type = ASSET_TYPES.get(name);
    if (type == null) {
      ctx.status(HttpStatus.NOT_FOUND).result("");
      return;
    }
    try (InputStream in = WebRoutes.class.getClassLoader().getResourceAsStream(ASSETS + name)) {
      if (in == null) {
        ctx.status(HttpStatus.NOT_FOUND).result("");
        return;
      }
      ctx.header("Cache-Control", "public, max-age=3600");
      ctx.contentType(type);
      ctx.result(in.readAllBytes());
    }
  }

  private static String title(int status) {
    return switch (status) {
      case 400 -> "That could not be done";
      case 403 -> "Not allowed";
      case 404 -> "Not found";
      case 409 -> "Changed by someone else";
      default -> "That could not be done";
    };
  }

  /** The sign-in page's frame, for refusals that happen before anyone is signed in. */
  static Page signedOut(String title) {
    return Page.signedOut(title, null, false);
  }
}
