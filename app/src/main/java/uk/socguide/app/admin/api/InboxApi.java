package uk.socguide.app.admin.api;

import io.javalin.http.Context;
import java.util.List;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.JsonOut;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.content.Item;
import uk.socguide.content.Topic;
import uk.socguide.content.store.Database;

/** The inbox of unanswered questions, grouped by similarity, as JSON. */
final class InboxApi {
  private final Database db;

  InboxApi(Database db) {
    this.db = db;
  }

  void groups(Context ctx, Principal who) {
    int limit = ApiSupport.intParam(ctx, "limit", 50, 1, 500);
    JsonOut.write(ctx, 200, ApiSupport.list("groups", db.inbox().unanswered(limit)));
  }

  void dismiss(Context ctx, Principal who) {
    Bodies.Ids body = ApiSupport.body(ctx, Bodies.Ids.class);
    int n = db.inbox().dismiss(ids(body.ids()), who.name());
    JsonOut.write(ctx, 200, ApiSupport.map("dismissed", n));
  }

  void addExample(Context ctx, Principal who) {
    Bodies.AddExample body = ApiSupport.body(ctx, Bodies.AddExample.class);
    if (body.topic() == null || body.question() == null || body.question().isBlank()) {
      throw Refusal.badRequest("name the topic and give the question");
    }
    Item<Topic> head =
        db.drafts()
            .topic(body.topic())
            .orElseThrow(() -> Refusal.notFound("there is no topic " + body.topic()));
    Item<Topic> saved =
        db.inbox()
            .addAsExample(
                ids(body.ids()), body.question().strip(), body.topic(), head.version(), who.name());
    JsonOut.write(ctx, 200, Shapes.topicItem(saved));
  }

  private static List<Long> ids(List<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      throw Refusal.badRequest("give the ids of the questions");
    }
    if (ids.size() > 5000 || ids.stream().anyMatch(i -> i == null)) {
      throw Refusal.badRequest("give at most 5000 question ids, all numbers");
    }
    return ids;
  }
}
