package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.view.AuditView;
import uk.socguide.content.AuditEntry;
import uk.socguide.content.AuditQuery;
import uk.socguide.content.store.Database;

/** {@code GET /admin/audit}: who did what, when, with before and after, filtered and paged. */
final class AuditPage {
  static final int PAGE_SIZE = 50;

  private final Database db;
  private final PageContext pages;
  private final Templates templates;

  AuditPage(Database db, PageContext pages, Templates templates) {
    this.db = db;
    this.pages = pages;
    this.templates = templates;
  }

  void show(Context ctx, Principal who) {
    AuditView.Filter f =
        new AuditView.Filter(
            param(ctx, "actor"),
            param(ctx, "action"),
            param(ctx, "kind"),
            param(ctx, "object"),
            param(ctx, "from"),
            param(ctx, "to"));
    long before = 0;
    if (!param(ctx, "before").isEmpty()) {
      try {
        before = Long.parseLong(param(ctx, "before"));
      } catch (NumberFormatException e) {
        throw Refusal.badRequest("The page link is broken: 'before' is not a number.");
      }
    }
    List<AuditEntry> entries = db.audit().query(query(f, before, PAGE_SIZE + 1));
    String older = null;
    if (entries.size() > PAGE_SIZE) {
      entries = entries.subList(0, PAGE_SIZE);
      older = link(f, entries.get(entries.size() - 1).id());
    }
    templates.page(
        ctx,
        200,
        "audit.jte",
        "page",
        pages.page(who, "Audit log", "audit"),
        "v",
        new AuditView(f, entries, older));
  }

  /** The content store's query for a filter; a date that cannot be read is refused (400). */
  static AuditQuery query(AuditView.Filter f, long before, int limit) {
    AuditQuery q = AuditQuery.all().limit(limit);
    if (!f.actor().isEmpty()) {
      q = q.actor(f.actor());
    }
    if (!f.action().isEmpty()) {
      q = q.action(f.action());
    }
    if (!f.kind().isEmpty() || !f.object().isEmpty()) {
      q = q.object(f.kind().isEmpty() ? null : f.kind(), f.object().isEmpty() ? null : f.object());
    }
    Instant from = f.from().isEmpty() ? null : day(f.from(), "From");
    Instant to = f.to().isEmpty() ? null : day(f.to(), "To").plusSeconds(86_400);
    if (from != null || to != null) {
      q = q.between(from, to);
    }
    return before > 0 ? q.olderThan(before) : q;
  }

  private static Instant day(String text, String label) {
    try {
      return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw Refusal.badRequest(label + ": write the date as YYYY-MM-DD.");
    }
  }

  private static String link(AuditView.Filter f, long before) {
    return "actor="
        + enc(f.actor())
        + "&action="
        + enc(f.action())
        + "&kind="
        + enc(f.kind())
        + "&object="
        + enc(f.object())
        + "&from="
        + enc(f.from())
        + "&to="
        + enc(f.to())
        + "&before="
        + before;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String param(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }
}
