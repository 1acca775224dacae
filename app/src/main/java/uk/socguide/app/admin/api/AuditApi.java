package uk.socguide.app.admin.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.JsonOut;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.content.AuditQuery;
import uk.socguide.content.store.Database;

/**
 * {@code GET /audit?actor=&action=&kind=&object=&from=&to=&limit=&before=}: the audit log, newest
 * first; {@code from} and {@code to} are ISO-8601 instants, {@code before} an entry id for paging.
 */
final class AuditApi {
  private final Database db;

  AuditApi(Database db) {
    this.db = db;
  }

  void query(Context ctx, Principal who) {
    AuditQuery q = AuditQuery.all().limit(ApiSupport.intParam(ctx, "limit", 100, 1, 1000));
    String actor = param(ctx, "actor");
    String action = param(ctx, "action");
    String kind = param(ctx, "kind");
    String object = param(ctx, "object");
    if (actor != null) {
      q = q.actor(actor);
    }
    if (action != null) {
      q = q.action(action);
    }
    if (kind != null || object != null) {
      q = q.object(kind, object);
    }
    Instant from = instant(param(ctx, "from"), "from");
    Instant to = instant(param(ctx, "to"), "to");
    if (from != null || to != null) {
      q = q.between(from, to);
    }
    String before = param(ctx, "before");
    if (before != null) {
      try {
        q = q.olderThan(Long.parseLong(before));
      } catch (NumberFormatException e) {
        throw Refusal.badRequest("before must be an entry id");
      }
    }
    JsonOut.write(ctx, 200, ApiSupport.list("entries", db.audit().query(q)));
  }

  private static Instant instant(String text, String name) {
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw Refusal.badRequest(name + " must be an ISO-8601 time such as 2026-11-28T00:00:00Z");
    }
  }

  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
