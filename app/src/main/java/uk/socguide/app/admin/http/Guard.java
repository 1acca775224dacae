package uk.socguide.app.admin.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import uk.socguide.app.admin.auth.ApiTokens;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.auth.Secrets;
import uk.socguide.app.admin.auth.Sessions;
import uk.socguide.app.admin.users.Role;

/**
 * Every workspace route goes through here: who is asking (a session cookie, or for the API a bearer
 * token), whether their role allows the route, and for a state-changing request made with a
 * session, whether it carries the session's CSRF token (form field {@code csrf} or header {@code
 * X-CSRF-Token}). Pages send the unauthenticated to the sign-in page; the API answers 401. Both
 * answer 403 to the wrong role or a missing CSRF token. Nothing the workspace returns may be
 * cached.
 */
public final class Guard {
  public static final String CSRF_FIELD = "csrf";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  public static final String LOGIN_PATH = "/admin/login";

  private final Sessions sessions;
  private final ApiTokens tokens;
  private final Cookies cookies;
  private volatile PageRefusals pageRefusals =
      (ctx, who, status, message) -> JsonOut.error(ctx, status, message);

  /** How a refused page request is answered (the API's refusals are always JSON). */
  @FunctionalInterface
  public interface PageRefusals {
    void refuse(Context ctx, Principal who, int status, String message) throws Exception;
  }

  public Guard(Sessions sessions, ApiTokens tokens, Cookies cookies) {
    this.sessions = sessions;
    this.tokens = tokens;
    this.cookies = cookies;
  }

  /** Sets how refused page requests are answered (an HTML page, once the pages exist). */
  public void pageRefusals(PageRefusals refusals) {
    this.pageRefusals = refusals;
  }

  /** Ends a session (sign-out). */
  public void endSession(String sessionHash) {
    sessions.end(sessionHash);
  }

  public Cookies cookies() {
    return cookies;
  }

  /** A page that needs a signed-in user with at least {@code role}. */
  public Handler page(Role role, Action action) {
    return ctx -> {
      noStore(ctx);
      Optional<Principal> who = session(ctx);
      if (who.isEmpty()) {
        if (ctx.method() == HandlerType.GET) {
          ctx.redirect(LOGIN_PATH + "?next=" + encode(ctx), io.javalin.http.HttpStatus.SEE_OTHER);
        } else {
          ctx.redirect(LOGIN_PATH, io.javalin.http.HttpStatus.SEE_OTHER);
        }
        return;
      }
      Principal p = who.get();
      if (!p.may(role)) {
        pageRefusals.refuse(
            ctx,
            p,
            403,
            "This needs the " + role.label() + " role; you are " + article(p.role()) + ".");
        return;
      }
      if (mutating(ctx) && !csrfOk(ctx, p)) {
        pageRefusals.refuse(
            ctx,
            p,
            403,
            "This form had expired or did not come from the workspace. Go back, reload the page and try again.");
        return;
      }
      try {
        action.handle(ctx, p);
      } catch (Refusal r) {
        pageRefusals.refuse(ctx, p, r.status(), r.getMessage());
      }
    };
  }

  /** An API call that needs a session or token of a user with at least {@code role}. */
  public Handler api(Role role, Action action) {
    return ctx -> {
      noStore(ctx);
      Optional<Principal> who = apiPrincipal(ctx);
      if (who.isEmpty()) {
        ctx.header("WWW-Authenticate", "Bearer realm=\"soc-guide\"");
        JsonOut.error(ctx, 401, "sign in, or send an API token as Authorization: Bearer sgt_...");
        return;
      }
      Principal p = who.get();
      if (!p.may(role)) {
        JsonOut.error(
            ctx,
            403,
            "this needs the " + role.label() + " role; the caller is " + article(p.role()));
        return;
      }
      if (mutating(ctx) && p.via() == Principal.Via.SESSION && !csrfOk(ctx, p)) {
        JsonOut.error(ctx, 403, "missing or wrong " + CSRF_HEADER + " header for a signed-in call");
        return;
      }
      try {
        action.handle(ctx, p);
      } catch (Refusal r) {
        JsonOut.error(ctx, r.status(), r.getMessage());
      }
    };
  }

  /** The signed-in user of this request's session cookie, if any. */
  public Optional<Principal> session(Context ctx) {
    return sessions.find(ctx.cookie(cookies.sessionName())).map(Sessions.Session::principal);
  }

  private Optional<Principal> apiPrincipal(Context ctx) {
    String auth = ctx.header("Authorization");
    if (auth != null) {
      // a request that names a token is judged by the token alone, never by a cookie beside it
      return auth.regionMatches(true, 0, "Bearer ", 0, 7)
          ? tokens.authenticate(auth.substring(7).strip())
          : Optional.empty();
    }
    return session(ctx);
  }

  private static boolean csrfOk(Context ctx, Principal p) {
    String given = ctx.header(CSRF_HEADER);
    if (given == null && isForm(ctx)) {
      given = ctx.formParam(CSRF_FIELD);
    }
    return Secrets.same(p.csrf(), given);
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  private static boolean mutating(Context ctx) {
    HandlerType m = ctx.method();
    return m == HandlerType.POST
        || m == HandlerType.PUT
        || m == HandlerType.PATCH
        || m == HandlerType.DELETE;
  }

  private static void noStore(Context ctx) {
    ctx.header("Cache-Control", "no-store");
  }

  private static String encode(Context ctx) {
    String target = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    return URLEncoder.encode(target, StandardCharsets.UTF_8);
  }

  private static String article(Role role) {
    return "an " + role.label();
  }
}
