package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.view.InboxView;
import uk.socguide.app.admin.view.TopicView;
import uk.socguide.content.ContentException;
import uk.socguide.content.Item;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicQuery;
import uk.socguide.content.store.Database;

/**
 * What readers asked that the assistant could not answer (already redacted), grouped by similarity
 * with counts, to add as an example question to a topic or dismiss; and readers' feedback per
 * topic.
 */
final class InboxPages {
  static final int MAX_GROUPS = 100;
  private static final int MAX_IDS = 5000;

  private final Database db;
  private final PageContext pages;
  private final Templates templates;

  InboxPages(Database db, PageContext pages, Templates templates) {
    this.db = db;
    this.pages = pages;
    this.templates = templates;
  }

  void show(Context ctx, Principal who) {
    int days = 30;
    List<TopicView.Link> topics = new ArrayList<>();
    for (Item<Topic> t : db.drafts().topics(TopicQuery.all())) {
      topics.add(new TopicView.Link(t.value().id(), t.value().title()));
    }
    InboxView view =
        new InboxView(
            db.inbox().unanswered(MAX_GROUPS),
            topics,
            db.inbox().feedback(db.clock().instant().minus(Duration.ofDays(days))),
            days);
    templates.page(ctx, 200, "inbox.jte", "page", pages.page(who, "Inbox", "inbox"), "v", view);
  }

  void dismiss(Context ctx, Principal who) {
    List<Long> ids = ids(ctx.formParam("ids"));
    int n = db.inbox().dismiss(ids, who.name());
    pages.done(
        ctx, who, "/admin/inbox", "Dismissed " + n + (n == 1 ? " question." : " questions."));
  }

  void addExample(Context ctx, Principal who) {
    List<Long> ids = ids(ctx.formParam("ids"));
    String topic = ctx.formParam("topic");
    String question = ctx.formParam("question");
    if (topic == null || topic.isBlank() || question == null || question.isBlank()) {
      pages.failed(ctx, who, "/admin/inbox", "Choose a topic and keep the question's wording.");
      return;
    }
    try {
      Item<Topic> head =
          db.drafts()
              .topic(topic)
              .orElseThrow(() -> Refusal.notFound("There is no topic " + topic + "."));
      db.inbox().addAsExample(ids, question.strip(), topic, head.version(), who.name());
      pages.done(
          ctx,
          who,
          "/admin/inbox",
          "Added \u201c"
              + question.strip()
              + "\u201d to "
              + topic
              + " as a draft example question; submit it for review from the topic's page.");
    } catch (ContentException e) {
      pages.failed(ctx, who, "/admin/inbox", Problems.describe(e));
    }
  }

  static List<Long> ids(String text) {
    if (text == null || text.isBlank()) {
      throw Refusal.badRequest("No questions were chosen.");
    }
    List<Long> ids = new ArrayList<>();
    for (String part : text.split(",")) {
      try {
        ids.add(Long.parseLong(part.strip()));
      } catch (NumberFormatException e) {
        throw Refusal.badRequest("The question ids are not numbers.");
      }
      if (ids.size() > MAX_IDS) {
        throw Refusal.badRequest("Too many questions at once.");
      }
    }
    return ids;
  }
}
