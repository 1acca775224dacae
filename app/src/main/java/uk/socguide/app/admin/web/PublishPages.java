package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.publish.Evaluation;
import uk.socguide.app.admin.publish.PublishResult;
import uk.socguide.app.admin.publish.Publishing;
import uk.socguide.app.admin.view.Fmt;
import uk.socguide.app.admin.view.PublishView;
import uk.socguide.app.admin.view.ReleaseList;
import uk.socguide.content.store.Database;

/**
 * Publishing approved changes and restoring earlier releases. Either may be refused, with every
 * reason (validation problems, evaluation below its floors) shown on the page; nothing changes
 * then.
 */
final class PublishPages {
  private final Database db;
  private final Publishing publishing;
  private final PageContext pages;
  private final Templates templates;

  PublishPages(Database db, Publishing publishing, PageContext pages, Templates templates) {
    this.db = db;
    this.publishing = publishing;
    this.pages = pages;
    this.templates = templates;
  }

  void form(Context ctx, Principal who) {
    showPublish(ctx, who, 200, null, false);
  }

  void submit(Context ctx, Principal who) {
    String action = ctx.formParam("action");
    if ("check".equals(action)) {
      showPublish(ctx, who, 200, publishing.check(), false);
      return;
    }
    String note = note(ctx.formParam("note"));
    PublishResult result = publishing.publish(who.name(), note);
    if (result.published()) {
      pages.done(
          ctx,
          who,
          "/admin/releases",
          "Published release "
              + result.release().number()
              + ". It is live now"
              + figures(result.evaluation()));
    } else {
      showPublish(ctx, who, 422, result, true);
    }
  }

  void releases(Context ctx, Principal who) {
    showReleases(ctx, who, 200, null, 0);
  }

  void restore(Context ctx, Principal who) {
    long number;
    try {
      number = Long.parseLong(ctx.pathParam("number"));
    } catch (NumberFormatException e) {
      throw Refusal.notFound("There is no such release.");
    }
    PublishResult result = publishing.restore(number, who.name(), note(ctx.formParam("note")));
    if (result.published()) {
      pages.done(
          ctx,
          who,
          "/admin/releases",
          "Restored release "
              + number
              + " as release "
              + result.release().number()
              + ". It is live now"
              + figures(result.evaluation()));
    } else {
      showReleases(ctx, who, 422, result, number);
    }
  }

  private void showPublish(
      Context ctx, Principal who, int status, PublishResult result, boolean refused) {
    templates.page(
        ctx,
        status,
        "publish.jte",
        "page",
        pages.page(who, "Publish", "changes"),
        "v",
        new PublishView(db.content().planPublish(), result, refused));
  }

  private void showReleases(
      Context ctx, Principal who, int status, PublishResult refused, long number) {
    templates.page(
        ctx,
        status,
        "releases.jte",
        "page",
        pages.page(who, "Releases", "releases"),
        "r",
        new ReleaseList(
            db.content().releases(), db.content().published().number(), refused, number));
  }

  private static String note(String note) {
    return note == null ? "" : note.strip();
  }

  private static String figures(Evaluation e) {
    if (e == null) {
      return ".";
    }
    return " (top-1 accuracy "
        + Fmt.percent(e.top1())
        + ", must-answer "
        + Fmt.percent(e.mustAnswer())
        + ").";
  }
}
