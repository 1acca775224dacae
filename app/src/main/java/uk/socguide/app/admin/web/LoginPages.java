package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.regex.Pattern;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.auth.Secrets;
import uk.socguide.app.admin.auth.SignIn;
import uk.socguide.app.admin.http.Cookies;
import uk.socguide.app.admin.http.Guard;
import uk.socguide.app.admin.view.Page;

/**
 * Signing in and out. The sign-in form is protected against cross-site submission by a random token
 * held both in a cookie and in the form (the session's own CSRF token does not exist yet). After
 * signing in, the user goes back to the workspace page they first asked for, and only ever to a
 * workspace page.
 */
final class LoginPages {
  private static final Pattern SAFE_NEXT = Pattern.compile("/admin(/[A-Za-z0-9._~%/?=&+-]*)?");

  private final SignIn signIn;
  private final Guard guard;
  private final Cookies cookies;
  private final Templates templates;

  LoginPages(SignIn signIn, Guard guard, Templates templates) {
    this.signIn = signIn;
    this.guard = guard;
    this.cookies = guard.cookies();
    this.templates = templates;
  }

  void form(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    if (guard.session(ctx).isPresent()) {
      ctx.redirect(next(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
      return;
    }
    String message = "1".equals(ctx.queryParam("signedOut")) ? "You have signed out." : null;
    show(ctx, 200, message, false, ctx.queryParam("next"), "");
  }

  void submit(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    String next = ctx.formParam("next");
    String name = ctx.formParam("name");
    if (!Secrets.same(ctx.cookie(cookies.loginName()), ctx.formParam(Guard.CSRF_FIELD))) {
      show(ctx, 403, "The sign-in form had expired. Please try again.", true, next, name);
      return;
    }
    SignIn.Outcome outcome = signIn.attempt(name, ctx.formParam("password"), ctx.ip());
    if (!outcome.succeeded()) {
      show(ctx, outcome.status(), outcome.refusal(), true, next, name);
      return;
    }
    cookies.clearLogin(ctx);
    cookies.setSession(ctx, outcome.started().id());
    ctx.redirect(next(next), HttpStatus.SEE_OTHER);
  }

  void logout(Context ctx, Principal who) {
    if (who.sessionHash() != null) {
      guard.endSession(who.sessionHash());
    }
    cookies.clearSession(ctx);
    ctx.redirect(Guard.LOGIN_PATH + "?signedOut=1", HttpStatus.SEE_OTHER);
  }

  private void show(
      Context ctx, int status, String message, boolean error, String next, String name) {
    String token = Secrets.random();
    cookies.setLogin(ctx, token);
    templates.page(
        ctx,
        status,
        "login.jte",
        "page",
        Page.signedOut("Sign in", message, error),
        "token",
        token,
        "next",
        next(next),
        "name",
        name == null ? "" : name.strip());
  }

  /** Where to go after signing in: the page asked for when it is a workspace page, else home. */
  static String next(String asked) {
    if (asked == null
        || asked.length() > 500
        || asked.contains("..")
        || asked.contains("//")
        || !SAFE_NEXT.matcher(asked).matches()
        || asked.startsWith(Guard.LOGIN_PATH)) {
      return "/admin";
    }
    return asked;
  }
}
