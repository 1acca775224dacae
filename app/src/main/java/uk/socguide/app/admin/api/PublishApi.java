package uk.socguide.app.admin.api;

import io.javalin.http.Context;
import java.util.Map;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.JsonOut;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.publish.PublishResult;
import uk.socguide.app.admin.publish.Publishing;
import uk.socguide.content.PublishPlan;
import uk.socguide.content.store.Database;

/**
 * Publishing, checking and restoring, as JSON. A refusal is 422 with every reason, the validation
 * problems and the evaluation figures; nothing changes then.
 */
final class PublishApi {
  private final Database db;
  private final Publishing publishing;

  PublishApi(Database db, Publishing publishing) {
    this.db = db;
    this.publishing = publishing;
  }

  void plan(Context ctx, Principal who) {
    PublishPlan plan = db.content().planPublish();
    JsonOut.write(
        ctx,
        200,
        ApiSupport.map(
            "liveRelease", plan.baseRelease(),
            "changes", plan.changes().stream().map(Shapes::change).toList(),
            "problems", plan.problems().stream().map(Shapes::problem).toList()));
  }

  void check(Context ctx, Principal who) {
    JsonOut.write(ctx, 200, result(publishing.check()));
  }

  void publish(Context ctx, Principal who) {
    PublishResult r = publishing.publish(who.name(), note(ctx));
    JsonOut.write(ctx, r.published() ? 200 : 422, result(r));
  }

  void releases(Context ctx, Principal who) {
    JsonOut.write(
        ctx,
        200,
        ApiSupport.map(
            "live", db.content().published().number(), "releases", db.content().releases()));
  }

  void restore(Context ctx, Principal who) {
    long number;
    try {
      number = Long.parseLong(ctx.pathParam("number"));
    } catch (NumberFormatException e) {
      throw Refusal.notFound("there is no such release");
    }
    PublishResult r = publishing.restore(number, who.name(), note(ctx));
    JsonOut.write(ctx, r.published() ? 200 : 422, result(r));
  }

  private static String note(Context ctx) {
    if (ctx.bodyAsBytes().length == 0) {
      return "";
    }
    Bodies.Note n = ApiSupport.body(ctx, Bodies.Note.class);
    return n.note() == null ? "" : n.note().strip();
  }

  static Map<String, Object> result(PublishResult r) {
    Map<String, Object> m =
        r.published()
            ? ApiSupport.map(
                "published",
                true,
                "release",
                r.release().number(),
                "publishedAt",
                r.release().publishedAt())
            : ApiSupport.map("published", false);
    if (!r.published()) {
      m.put("error", r.reasons().isEmpty() ? "nothing to refuse" : String.join("; ", r.reasons()));
      m.put("status", 422);
    }
    m.put("reasons", r.reasons());
    m.put("problems", r.problems().stream().map(Shapes::problem).toList());
    m.put("evaluation", r.evaluation());
    return m;
  }
}
