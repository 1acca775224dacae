package uk.socguide.app.admin.http;

import io.javalin.http.Context;

/**
 * The workspace's cookies: the session id, and a one-use token that protects the sign-in form. Both
 * are HttpOnly and SameSite=Strict; with secure cookies on (the default) they are also Secure and
 * use the {@code __Host-} prefix, so that browsers send them only over HTTPS (or to localhost) and
 * never to another host or path.
 */
public final class Cookies {
  private final boolean secure;

  public Cookies(boolean secure) {
    this.secure = secure;
  }

  public boolean secure() {
    return secure;
  }

  public String sessionName() {
    return secure ? "__Host-soc-guide-session" : "soc-guide-session";
  }

  public String loginName() {
    return secure ? "__Host-soc-guide-login" : "soc-guide-login";
  }

  public void setSession(Context ctx, String id) {
    add(ctx, sessionName(), id, -1);
  }

  public void clearSession(Context ctx) {
    add(ctx, sessionName(), "", 0);
  }

  public void setLogin(Context ctx, String token) {
    add(ctx, loginName(), token, 3600);
  }

  public void clearLogin(Context ctx) {
    add(ctx, loginName(), "", 0);
  }

  /**
   * @param maxAge seconds; -1 for a cookie that ends with the browser session, 0 to delete it
   */
  private void add(Context ctx, String name, String value, int maxAge) {
    StringBuilder c = new StringBuilder(name).append('=').append(value).append("; Path=/");
    if (maxAge >= 0) {
      c.append("; Max-Age=").append(maxAge);
    }
    c.append("; HttpOnly; SameSite=Strict");
    if (secure) {
      c.append("; Secure");
    }
    ctx.res().addHeader("Set-Cookie", c.toString());
  }
}
