package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.preview.Previews;
import uk.socguide.app.admin.view.Attempt;

/**
 * "Try a question": which topic a question would go to, with the scores, and the reply, answered
 * from the working copy (every draft in place) without touching any conversation.
 */
final class TryPage {
  private final Previews previews;
  private final PageContext pages;
  private final Templates templates;

  TryPage(Previews previews, PageContext pages, Templates templates) {
    this.previews = previews;
    this.pages = pages;
    this.templates = templates;
  }

  void form(Context ctx, Principal who) {
    show(ctx, who, 200, "", null);
  }

  void ask(Context ctx, Principal who) {
    String text = ctx.formParam("text");
    if (text == null || text.isBlank()) {
      show(ctx, who, 400, "", null);
      return;
    }
    try {
      show(ctx, who, 200, text, previews.ask(text, null));
    } catch (IllegalArgumentException e) {
      pages.failed(ctx, who, "/admin/try", e.getMessage());
    }
  }

  private void show(Context ctx, Principal who, int status, String text, Attempt attempt) {
    templates.page(
        ctx,
        status,
        "try.jte",
        "page",
        pages.page(who, "Try a question", "topics"),
        "text",
        text,
        "attempt",
        attempt);
  }
}
