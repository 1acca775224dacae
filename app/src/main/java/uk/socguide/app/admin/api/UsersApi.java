package uk.socguide.app.admin.api;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import uk.socguide.app.admin.auth.ApiTokens;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.JsonOut;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.users.User;
import uk.socguide.app.admin.users.Users;

/** Who the caller is; users (admins only); the caller's own API tokens. */
final class UsersApi {
  private final Users users;
  private final ApiTokens tokens;

  UsersApi(Users users, ApiTokens tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  void me(Context ctx, Principal who) {
    JsonOut.write(
        ctx,
        200,
        ApiSupport.map(
            "name", who.name(),
            "role", who.role().label(),
            "via", who.via().name().toLowerCase(java.util.Locale.ROOT),
            "csrfToken", who.csrf()));
  }

  void list(Context ctx, Principal who) {
    JsonOut.write(
        ctx, 200, ApiSupport.list("users", users.list().stream().map(UsersApi::user).toList()));
  }

  void add(Context ctx, Principal who) {
    Bodies.NewUser body = ApiSupport.body(ctx, Bodies.NewUser.class);
    User u = users.add(body.name(), Role.parse(body.role()), body.password(), who.name());
    JsonOut.write(ctx, 201, user(u));
  }

  void change(Context ctx, Principal who) {
    String name = ctx.pathParam("name");
    Bodies.UserChange body = ApiSupport.body(ctx, Bodies.UserChange.class);
    if (users.find(name).isEmpty()) {
      throw Refusal.notFound("there is no user " + name);
    }
    if (body.role() != null) {
      users.setRole(name, Role.parse(body.role()), who.name());
    }
    if (body.enabled() != null) {
      if (!body.enabled() && name.equals(who.name())) {
        throw Refusal.badRequest("you cannot disable your own account");
      }
      users.setEnabled(name, body.enabled(), who.name());
    }
    if (body.password() != null) {
      users.setPassword(name, body.password(), who.name());
    }
    JsonOut.write(ctx, 200, user(users.find(name).orElseThrow()));
  }

  void myTokens(Context ctx, Principal who) {
    JsonOut.write(ctx, 200, ApiSupport.list("tokens", tokens.forUser(who.name())));
  }

  void issue(Context ctx, Principal who) {
    Bodies.NewToken body = ApiSupport.body(ctx, Bodies.NewToken.class);
    if (body.days() != null && (body.days() < 1 || body.days() > 3660)) {
      throw Refusal.badRequest(
          "days must be from 1 to 3660, or left out for a token that works until revoked");
    }
    ApiTokens.Issued issued =
        tokens.issue(
            who.name(), body.label(), body.days() == null ? null : Duration.ofDays(body.days()));
    JsonOut.write(ctx, 201, ApiSupport.map("token", issued.secret(), "details", issued.token()));
  }

  void revoke(Context ctx, Principal who) {
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw Refusal.notFound("there is no such token");
    }
    JsonOut.write(ctx, 200, tokens.revoke(id, who));
  }

  private static Map<String, Object> user(User u) {
    return ApiSupport.map(
        "name", u.name(),
        "role", u.role().label(),
        "enabled", u.enabled(),
        "lockedUntil", u.lockedUntil(),
        "createdAt", u.createdAt(),
        "createdBy", u.createdBy(),
        "lastLoginAt", u.lastLoginAt());
  }
}
