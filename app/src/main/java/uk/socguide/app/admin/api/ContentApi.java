package uk.socguide.app.admin.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.JsonOut;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.users.Role;
import uk.socguide.content.Category;
import uk.socguide.content.Item;
import uk.socguide.content.ItemKind;
import uk.socguide.content.ItemRef;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Revision;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicQuery;
import uk.socguide.content.files.Slugs;
import uk.socguide.content.store.Database;

/** Topics, reporting routes, their history and the review workflow, as JSON. */
final class ContentApi {
  private final Database db;

  ContentApi(Database db) {
    this.db = db;
  }

  void topics(Context ctx, Principal who) {
    TopicQuery q = TopicQuery.all().text(ctx.queryParam("q"));
    String category = ctx.queryParam("category");
    if (category != null && !category.isBlank()) {
      try {
        q = q.category(Category.fromSlug(category.strip()));
      } catch (IllegalArgumentException e) {
        throw Refusal.badRequest("category must be one of " + Slugs.allowed(Category.class));
      }
    }
    String status = ctx.queryParam("status");
    if (status != null && !status.isBlank()) {
      q = q.status(Shapes.status(status.strip()));
    }
    q = q.reviewDue("true".equals(ctx.queryParam("reviewDue")));
    List<Map<String, Object>> out =
        db.drafts().topics(q).stream().map(Shapes::topicSummary).toList();
    JsonOut.write(ctx, 200, ApiSupport.list("topics", out));
  }

  void topic(Context ctx, Principal who) {
    JsonOut.write(ctx, 200, Shapes.topicItem(topicItem(ctx.pathParam("id"))));
  }

  void saveTopic(Context ctx, Principal who) {
    String id = ctx.pathParam("id");
    Bodies.SaveTopic body = ApiSupport.body(ctx, Bodies.SaveTopic.class);
    Topic topic = Shapes.topic(id, body.topic(), body.version());
    Item<Topic> saved =
        db.drafts().saveTopic(topic, body.version(), who.name(), reason(body.reason()));
    JsonOut.write(ctx, body.version() == 0 ? 201 : 200, Shapes.topicItem(saved));
  }

  void history(Context ctx, Principal who) {
    ItemRef ref = ref(ctx.pathParam("kind"), ctx.pathParam("id"));
    if (db.drafts().item(ref).isEmpty()) {
      throw Refusal.notFound("there is no " + ref);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Revision r : db.drafts().history(ref)) {
      out.add(
          ApiSupport.map(
              "revision", r.number(),
              "status", Slugs.of(r.status()),
              "withdrawal", r.withdrawal(),
              "author", r.author(),
              "createdAt", r.createdAt(),
              "reason", r.reason(),
              "submittedBy", r.submittedBy(),
              "approvedBy", r.approvedBy(),
              "publishedIn", r.publishedIn() == 0 ? null : r.publishedIn()));
    }
    JsonOut.write(ctx, 200, ApiSupport.list("revisions", out));
  }

  void routes(Context ctx, Principal who) {
    JsonOut.write(
        ctx,
        200,
        ApiSupport.list("routes", db.drafts().routes().stream().map(Shapes::routeItem).toList()));
  }

  void route(Context ctx, Principal who) {
    String id = ctx.pathParam("id");
    Item<ReportingRoute> item =
        db.drafts().route(id).orElseThrow(() -> Refusal.notFound("there is no route " + id));
    Map<String, Object> out = Shapes.routeItem(item);
    out.put("usedBy", db.drafts().routeUsage(id).stream().map(ItemRef::toString).toList());
    JsonOut.write(ctx, 200, out);
  }

  void saveRoute(Context ctx, Principal who) {
    String id = ctx.pathParam("id");
    Bodies.SaveRoute body = ApiSupport.body(ctx, Bodies.SaveRoute.class);
    Item<ReportingRoute> saved =
        db.drafts()
            .saveRoute(
                Shapes.route(id, body.route()), body.version(), who.name(), reason(body.reason()));
    Map<String, Object> out = Shapes.routeItem(saved);
    out.put("usedBy", db.drafts().routeUsage(id).stream().map(ItemRef::toString).toList());
    JsonOut.write(ctx, body.version() == 0 ? 201 : 200, out);
  }

  void changes(Context ctx, Principal who) {
    JsonOut.write(
        ctx,
        200,
        ApiSupport.list(
            "changes", db.drafts().pendingChanges().stream().map(Shapes::change).toList()));
  }

  /** {@code POST /workflow/{kind}/{id}/{step}} with {@code {"version": n, "reason": "..."}}. */
  void step(Context ctx, Principal who) {
    ItemRef ref = ref(ctx.pathParam("kind"), ctx.pathParam("id"));
    Bodies.Step body = ApiSupport.body(ctx, Bodies.Step.class);
    String step = ctx.pathParam("step");
    Item<Object> after =
        switch (step) {
          case "submit" -> db.drafts().submit(ref, body.version(), who.name());
          case "approve" -> {
            approver(who);
            yield db.drafts().approve(ref, body.version(), who.name());
          }
          case "reject" -> {
            approver(who);
            yield db.drafts().reject(ref, body.version(), who.name(), required(body.reason()));
          }
          case "discard" ->
              db.drafts().discard(ref, body.version(), who.name(), reason(body.reason()));
          case "withdraw" ->
              db.drafts().withdraw(ref, body.version(), who.name(), required(body.reason()));
          default ->
              throw Refusal.notFound(
                  "the workflow steps are submit, approve, reject, discard and withdraw");
        };
    JsonOut.write(ctx, 200, Shapes.state(after));
  }

  void reviewDue(Context ctx, Principal who) {
    List<Map<String, Object>> out =
        db.content().reviewDue().stream()
            .map(
                t ->
                    ApiSupport.map(
                        "id",
                        t.id(),
                        "title",
                        t.title(),
                        "owner",
                        t.owner(),
                        "reviewBy",
                        t.reviewBy()))
            .toList();
    JsonOut.write(ctx, 200, ApiSupport.list("topics", out));
  }

  void topicFeedback(Context ctx, Principal who) {
    String id = ctx.pathParam("id");
    topicItem(id);
    int limit = ApiSupport.intParam(ctx, "limit", 50, 1, 1000);
    JsonOut.write(ctx, 200, ApiSupport.list("feedback", db.inbox().feedback(id, limit)));
  }

  void feedback(Context ctx, Principal who) {
    int days = ApiSupport.intParam(ctx, "days", 30, 1, 3660);
    Instant since = db.clock().instant().minusSeconds(86_400L * days);
    JsonOut.write(ctx, 200, ApiSupport.list("topics", db.inbox().feedback(since)));
  }

  private Item<Topic> topicItem(String id) {
    return db.drafts().topic(id).orElseThrow(() -> Refusal.notFound("there is no topic " + id));
  }

  private static void approver(Principal who) {
    if (!who.may(Role.APPROVER)) {
      throw new Refusal(403, "approving and sending back need the approver role");
    }
  }

  static ItemRef ref(String kind, String id) {
    try {
      return new ItemRef(ItemKind.fromLabel(kind), id);
    } catch (IllegalArgumentException e) {
      throw Refusal.notFound("the kinds of content are topic, route, concept and question");
    }
  }

  static String reason(String reason) {
    return reason == null || reason.isBlank() ? "changed through the API" : reason.strip();
  }

  private static String required(String reason) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.badRequest("this step needs a reason");
    }
    return reason.strip();
  }
}
