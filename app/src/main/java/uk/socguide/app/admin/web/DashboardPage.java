package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.view.Dashboard;
import uk.socguide.content.AuditQuery;
import uk.socguide.content.Change;
import uk.socguide.content.ReleaseInfo;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.store.Database;

/** {@code GET /admin}: what needs attention: review-due answers, changes waiting, the inbox. */
final class DashboardPage {
  private final Database db;
  private final PageContext pages;
  private final Templates templates;

  DashboardPage(Database db, PageContext pages, Templates templates) {
    this.db = db;
    this.pages = pages;
    this.templates = templates;
  }

  void show(Context ctx, Principal who) {
    List<Change> pending = db.drafts().pendingChanges();
    List<ReleaseInfo> releases = db.content().releases();
    Instant since = db.clock().instant().minus(Duration.ofDays(30));
    Dashboard d =
        new Dashboard(
            db.content().published().number(),
            releases.isEmpty() ? null : releases.get(0),
            count(pending, TopicStatus.DRAFT),
            count(pending, TopicStatus.IN_REVIEW),
            count(pending, TopicStatus.APPROVED),
            pending.stream()
                .filter(c -> c.status() == TopicStatus.IN_REVIEW)
                .filter(c -> !who.name().equals(c.changedBy()))
                .toList(),
            db.content().reviewDue(),
            db.inbox().unanswered(5),
            db.inbox().feedback(since).stream().filter(f -> f.notHelpful() > 0).limit(5).toList(),
            db.audit().query(AuditQuery.all().limit(10)));
    templates.page(
        ctx, 200, "dashboard.jte", "page", pages.page(who, "Dashboard", "dashboard"), "d", d);
  }

  private static int count(List<Change> changes, TopicStatus status) {
    return (int) changes.stream().filter(c -> c.status() == status).count();
  }
}
