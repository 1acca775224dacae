package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.List;
import uk.socguide.app.admin.auth.ApiTokens;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.auth.Sessions;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.users.User;
import uk.socguide.app.admin.users.Users;
import uk.socguide.app.admin.view.AccountView;
import uk.socguide.app.admin.view.UsersView;

/**
 * Accounts: admins add users, change roles, disable and enable them and set passwords at {@code
 * /admin/users}; everyone changes their own password and manages their own API tokens at {@code
 * /admin/account}.
 */
final class UserPages {
  private final Users users;
  private final Sessions sessions;
  private final ApiTokens tokens;
  private final PageContext pages;
  private final Templates templates;

  UserPages(
      Users users, Sessions sessions, ApiTokens tokens, PageContext pages, Templates templates) {
    this.users = users;
    this.sessions = sessions;
    this.tokens = tokens;
    this.pages = pages;
    this.templates = templates;
  }

  void list(Context ctx, Principal who) {
    showUsers(ctx, who, 200, null, "");
  }

  void add(Context ctx, Principal who) {
    String name = ctx.formParam("name");
    try {
      String password = matching(ctx.formParam("password"), ctx.formParam("confirm"));
      User u = users.add(name, Role.parse(ctx.formParam("role")), password, who.name());
      pages.done(ctx, who, "/admin/users", "Added " + u.name() + " as " + u.role().label() + ".");
    } catch (IllegalArgumentException e) {
      showUsers(ctx, who, 400, e.getMessage(), name == null ? "" : name);
    }
  }

  void change(Context ctx, Principal who) {
    String name = ctx.pathParam("name");
    String what = ctx.pathParam("what");
    try {
      String done =
          switch (what) {
            case "role" -> {
              User u = users.setRole(name, Role.parse(ctx.formParam("role")), who.name());
              yield u.name() + " is now " + u.role().label() + ".";
            }
            case "disable" -> {
              if (name.equals(who.name())) {
                throw new IllegalArgumentException("you cannot disable your own account");
              }
              yield "Disabled "
                  + users.setEnabled(name, false, who.name()).name()
                  + "; their sessions have ended.";
            }
            case "enable" -> "Enabled " + users.setEnabled(name, true, who.name()).name() + ".";
            case "password" -> {
              users.setPassword(
                  name, matching(ctx.formParam("password"), ctx.formParam("confirm")), who.name());
              yield "Set a new password for " + name + "; their sessions have ended.";
            }
            default -> throw Refusal.notFound("There is no such change to a user.");
          };
      pages.done(ctx, who, "/admin/users", done);
    } catch (IllegalArgumentException e) {
      showUsers(ctx, who, 400, e.getMessage(), "");
    }
  }

  void account(Context ctx, Principal who) {
    showAccount(ctx, who, 200, null, null);
  }

  void changePassword(Context ctx, Principal who) {
    if (users.checkPassword(who.name(), ctx.formParam("current")).isEmpty()) {
      showAccount(ctx, who, 400, null, "Your current password was not right; nothing was changed.");
      return;
    }
    try {
      users.setPassword(
          who.name(), matching(ctx.formParam("password"), ctx.formParam("confirm")), who.name());
    } catch (IllegalArgumentException e) {
      showAccount(ctx, who, 400, null, e.getMessage());
      return;
    }
    // every session of the user ended with the change, this one included: sign in again
    sessions.endAll(who.name());
    ctx.redirect("/admin/login?signedOut=1", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  void issueToken(Context ctx, Principal who) {
    String days = ctx.formParam("days");
    Duration valid = null;
    if (days != null && !days.isBlank() && !"never".equals(days)) {
      try {
        valid = Duration.ofDays(Integer.parseInt(days.strip()));
      } catch (NumberFormatException e) {
        showAccount(ctx, who, 400, null, "Choose how long the token works.");
        return;
      }
    }
    try {
      ApiTokens.Issued issued = tokens.issue(who.name(), ctx.formParam("label"), valid);
      showAccount(ctx, who, 200, issued.secret(), null);
    } catch (IllegalArgumentException e) {
      showAccount(ctx, who, 400, null, e.getMessage());
    }
  }

  void revokeToken(Context ctx, Principal who) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw Refusal.notFound("There is no such token.");
    }
    try {
      ApiTokens.Token t = tokens.revoke(id, who);
      pages.done(ctx, who, "/admin/account", "Revoked the token \u201c" + t.label() + "\u201d.");
    } catch (IllegalArgumentException e) {
      pages.failed(ctx, who, "/admin/account", e.getMessage());
    }
  }

  private void showUsers(Context ctx, Principal who, int status, String problem, String name) {
    List<User> all = users.list();
    templates.page(
        ctx,
        status,
        "users.jte",
        "page",
        pages.page(who, "Users", "users"),
        "v",
        new UsersView(all, java.time.Instant.now(), problem, name));
  }

  private void showAccount(Context ctx, Principal who, int status, String issued, String problem) {
    templates.page(
        ctx,
        status,
        "account.jte",
        "page",
        pages.page(who, "Your account", "account"),
        "v",
        new AccountView(tokens.forUser(who.name()), issued, problem));
  }

  private static String matching(String password, String confirm) {
    if (password == null || !password.equals(confirm)) {
      throw new IllegalArgumentException("the two passwords differ");
    }
    return password;
  }
}
