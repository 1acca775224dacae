package uk.socguide.app.admin;

import io.javalin.Javalin;
import java.time.Clock;
import uk.socguide.app.admin.api.ApiRoutes;
import uk.socguide.app.admin.auth.ApiTokens;
import uk.socguide.app.admin.auth.LoginThrottle;
import uk.socguide.app.admin.auth.Sessions;
import uk.socguide.app.admin.auth.SignIn;
import uk.socguide.app.admin.http.Cookies;
import uk.socguide.app.admin.http.Guard;
import uk.socguide.app.admin.preview.Previews;
import uk.socguide.app.admin.publish.Publishing;
import uk.socguide.app.admin.sql.Sql;
import uk.socguide.app.admin.users.Passwords;
import uk.socguide.app.admin.users.Users;
import uk.socguide.app.admin.web.WebRoutes;
import uk.socguide.content.store.Database;

/**
 * The editors' workspace: pages under {@code /admin} and the JSON API under {@code /admin/api}, on
 * the app's one server. Users, sessions and API tokens live in the content store's database
 * (migration V100); every change is recorded in its audit log.
 */
public final class Workspace {
  private final Users users;
  private final WebRoutes pages;
  private final ApiRoutes api;

  /**
   * @param publishing publishes and restores releases, swapping content and model in place
   * @param previews renders drafts as each channel would and answers "try a question"
   */
  public Workspace(
      Database db,
      WorkspaceSettings settings,
      Publishing publishing,
      Previews previews,
      Passwords passwords,
      Clock clock) {
    Sql sql = new Sql(db.dataSource());
    this.users = new Users(sql, passwords, db.audit(), clock);
    Sessions sessions = new Sessions(sql, clock, settings.sessionIdle());
    ApiTokens tokens = new ApiTokens(sql, db.audit(), clock);
    Guard guard = new Guard(sessions, tokens, new Cookies(settings.secureCookies()));
    SignIn signIn = new SignIn(users, sessions, new LoginThrottle(clock), clock);
    sessions.purgeExpired();
    this.pages = new WebRoutes(db, users, sessions, tokens, signIn, guard, publishing, previews);
    this.api = new ApiRoutes(db, users, tokens, guard, publishing, previews);
  }

  /** Whether anyone can sign in yet. */
  public boolean hasUsers() {
    return users.list().stream().anyMatch(u -> u.enabled());
  }

  /** Binds every workspace route on the server (call before it starts). */
  public void install(Javalin app) {
    pages.install(app);
    api.install(app);
  }
}
