package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.socguide.adapters.web.HtmlMarkup;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.view.AnswerView;
import uk.socguide.app.admin.view.Fmt;
import uk.socguide.app.admin.view.TopicList;
import uk.socguide.app.admin.view.TopicView;
import uk.socguide.content.Answer;
import uk.socguide.content.Category;
import uk.socguide.content.Change;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.Item;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicFeedback;
import uk.socguide.content.TopicQuery;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.store.Database;
import uk.socguide.core.markup.Markup;

/** The topics list with its filters, and one topic with everything about it. */
final class TopicPages {
  private final Database db;
  private final PageContext pages;
  private final Templates templates;

  TopicPages(Database db, PageContext pages, Templates templates) {
    this.db = db;
    this.pages = pages;
    this.templates = templates;
  }

  void list(Context ctx, Principal who) {
    TopicList.Filter filter =
        new TopicList.Filter(
            trimmed(ctx.queryParam("q")),
            trimmed(ctx.queryParam("category")),
            trimmed(ctx.queryParam("status")),
            "on".equals(ctx.queryParam("due")));
    TopicQuery query = query(filter);
    List<Item<Topic>> topics = db.drafts().topics(query);
    LocalDate today = today();
    templates.page(
        ctx,
        200,
        "topics.jte",
        "page",
        pages.page(who, "Topics", "topics"),
        "list",
        new TopicList(filter, topics, today));
  }

  /** The query for a filter; an unknown category or status is the editor's mistake (400). */
  static TopicQuery query(TopicList.Filter f) {
    TopicQuery q = TopicQuery.all().text(f.q().isEmpty() ? null : f.q()).reviewDue(f.due());
    if (!f.category().isEmpty()) {
      try {
        q = q.category(Category.fromSlug(f.category()));
      } catch (IllegalArgumentException e) {
        throw Refusal.badRequest("there is no category called " + f.category());
      }
    }
    if (!f.status().isEmpty()) {
      try {
        q = q.status(TopicStatus.valueOf(f.status().toUpperCase(Locale.ROOT).replace(' ', '_')));
      } catch (IllegalArgumentException e) {
        throw Refusal.badRequest("there is no status called " + f.status());
      }
    }
    return q;
  }

  void show(Context ctx, Principal who) {
    String id = ctx.pathParam("id");
    Item<Topic> item =
        db.drafts().topic(id).orElseThrow(() -> Refusal.notFound("There is no topic " + id + "."));
    ContentRelease working = db.content().workingCopy();
    Topic t = item.value();
    List<AnswerView> answers = new ArrayList<>();
    for (Answer a : t.answers()) {
      answers.add(answer(working, a));
    }
    List<TopicView.Link> related = new ArrayList<>();
    for (String r : t.related()) {
      related.add(
          new TopicView.Link(
              "/admin/topics/" + r,
              working.topic(r).map(Topic::title).orElse(r + " (no such topic)")));
    }
    ItemRef ref = ItemRef.topic(id);
    Change pending =
        db.drafts().pendingChanges().stream()
            .filter(c -> c.ref().equals(ref))
            .findFirst()
            .orElse(null);
    TopicFeedback feedback =
        db.inbox().feedback(Instant.EPOCH).stream()
            .filter(f -> f.topicId().equals(id))
            .findFirst()
            .orElse(null);
    TopicStatus s = item.status();
    boolean approver = who.may(Role.APPROVER);
    TopicView view =
        new TopicView(
            item,
            answers,
            related,
            pending,
            db.drafts().history(ref),
            feedback,
            db.inbox().feedback(id, 10),
            t.reviewBy() != null && !t.reviewBy().isAfter(today()),
            new TopicView.Actions(
                s != TopicStatus.WITHDRAWN || !item.withdrawal(),
                s == TopicStatus.DRAFT,
                approver && s == TopicStatus.IN_REVIEW,
                approver && (s == TopicStatus.IN_REVIEW || s == TopicStatus.APPROVED),
                item.pending(),
                item.live() && !item.pending()));
    templates.page(ctx, 200, "topic.jte", "page", pages.page(who, t.title(), "topics"), "v", view);
  }

  static AnswerView answer(ContentRelease release, Answer a) {
    String label =
        Fmt.audience(a.audience())
            + (a.jurisdiction() == null ? "" : ", " + Fmt.jurisdiction(a.jurisdiction()));
    String html = HtmlMarkup.render(Markup.parse(release.render(a)));
    return new AnswerView(label, html, a.markup());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(db.clock().instant(), ZoneOffset.UTC);
  }

  private static String trimmed(String s) {
    return s == null ? "" : s.strip();
  }
}
