package uk.socguide.app.admin.api;

import io.javalin.http.Context;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.JsonOut;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.preview.Previews;
import uk.socguide.content.Topic;
import uk.socguide.content.store.Database;

/** Previews of a draft in every channel, and "try a question", as JSON. Nothing is stored. */
final class PreviewApi {
  private final Database db;
  private final Previews previews;

  PreviewApi(Database db, Previews previews) {
    this.db = db;
    this.previews = previews;
  }

  /**
   * {@code POST /topics/{id}/preview}, with {@code {"topic": {...}}} or an empty body for the saved
   * draft.
   */
  void topic(Context ctx, Principal who) {
    String id = ctx.pathParam("id");
    Topic draft;
    if (ctx.bodyAsBytes().length == 0) {
      draft =
          db.drafts()
              .topic(id)
              .orElseThrow(() -> Refusal.notFound("there is no topic " + id))
              .value();
    } else {
      Bodies.SaveTopic body = ApiSupport.body(ctx, Bodies.SaveTopic.class);
      draft = Shapes.topic(id, body.topic(), body.version());
    }
    JsonOut.write(ctx, 200, ApiSupport.list("variants", previews.topic(draft)));
  }

  /** {@code POST /try} with {@code {"text": "...", "draft": {...} or null}}. */
  void ask(Context ctx, Principal who) {
    Bodies.Question body = ApiSupport.body(ctx, Bodies.Question.class);
    if (body.text() == null || body.text().isBlank()) {
      throw Refusal.badRequest("give the question as text");
    }
    Topic draft = body.draft() == null ? null : Shapes.topic(body.draft().id(), body.draft(), 0);
    JsonOut.write(ctx, 200, previews.ask(body.text(), draft));
  }
}
