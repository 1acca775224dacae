package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import java.util.List;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.view.ChangeList;
import uk.socguide.content.Change;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.store.Database;

/** {@code GET /admin/changes}: every pending change with its diff against the live release. */
final class ChangesPage {
  private final Database db;
  private final PageContext pages;
  private final Templates templates;

  ChangesPage(Database db, PageContext pages, Templates templates) {
    this.db = db;
    this.pages = pages;
    this.templates = templates;
  }

  void show(Context ctx, Principal who) {
    List<Change> all = db.drafts().pendingChanges();
    ChangeList list =
        new ChangeList(
            only(all, TopicStatus.DRAFT),
            only(all, TopicStatus.IN_REVIEW),
            only(all, TopicStatus.APPROVED),
            db.content().published().number());
    templates.page(
        ctx, 200, "changes.jte", "page", pages.page(who, "Changes", "changes"), "c", list);
  }

  private static List<Change> only(List<Change> all, TopicStatus status) {
    return all.stream().filter(c -> c.status() == status).toList();
  }
}
