package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import java.util.List;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.preview.Previews;
import uk.socguide.app.admin.view.Attempt;
import uk.socguide.app.admin.view.ChannelPreview;
import uk.socguide.app.admin.view.TopicEdit;
import uk.socguide.app.admin.view.TopicForm;
import uk.socguide.content.ContentException;
import uk.socguide.content.Item;
import uk.socguide.content.Topic;
import uk.socguide.content.store.Database;

/**
 * Writing a topic: the form, previews of the unsaved draft in every channel with "try a question"
 * against it, and saving it as a draft revision. A refused save shows the form again as typed, with
 * every problem listed.
 */
final class TopicEditPage {
  private final Database db;
  private final Previews previews;
  private final PageContext pages;
  private final Templates templates;

  TopicEditPage(Database db, Previews previews, PageContext pages, Templates templates) {
    this.db = db;
    this.previews = previews;
    this.pages = pages;
    this.templates = templates;
  }

  void edit(Context ctx, Principal who) {
    String id = ctx.pathParam("id");
    Item<Topic> item =
        db.drafts().topic(id).orElseThrow(() -> Refusal.notFound("There is no topic " + id + "."));
    show(ctx, who, 200, TopicForms.of(item), List.of(), List.of(), null);
  }

  void create(Context ctx, Principal who) {
    show(ctx, who, 200, TopicForms.blank(), List.of(), List.of(), null);
  }

  /** {@code POST /admin/topics/{id}} or {@code /admin/topics} (new): save, or preview. */
  void submit(Context ctx, Principal who) {
    boolean isNew = !ctx.pathParamMap().containsKey("id");
    TopicForm form = TopicForms.parse(ctx, isNew ? null : ctx.pathParam("id"), isNew);
    String action = ctx.formParam("action");
    Topic topic;
    try {
      topic = TopicForms.toTopic(form);
    } catch (Refusal r) {
      show(ctx, who, r.status(), form, List.of(r.getMessage()), List.of(), null);
      return;
    }
    if ("preview".equals(action) || "try".equals(action)) {
      List<ChannelPreview> shown = List.of();
      Attempt attempt = null;
      try {
        shown = previews.topic(topic);
        String question = ctx.formParam("question");
        if ("try".equals(action) && question != null && !question.isBlank()) {
          attempt = previews.ask(question, topic);
        }
      } catch (ContentException | IllegalArgumentException e) {
        show(ctx, who, 422, form, List.of(e.getMessage()), List.of(), null);
        return;
      }
      show(ctx, who, 200, form, List.of(), shown, attempt);
      return;
    }
    if (isNew && db.drafts().topic(form.id()).isPresent()) {
      show(
          ctx,
          who,
          409,
          form,
          List.of("There is already a topic " + form.id() + "; choose another id."),
          List.of(),
          null);
      return;
    }
    try {
      Item<Topic> saved =
          db.drafts().saveTopic(topic, form.version(), who.name(), reason(form.reason()));
      pages.done(
          ctx,
          who,
          "/admin/topics/" + saved.value().id(),
          "Saved as a draft (revision "
              + saved.revision()
              + "). Submit it for review when it is ready.");
    } catch (ContentException e) {
      show(ctx, who, status(e), form, Problems.lines(e), List.of(), null);
    } catch (IllegalArgumentException e) {
      show(ctx, who, 400, form, List.of(e.getMessage()), List.of(), null);
    }
  }

  private void show(
      Context ctx,
      Principal who,
      int status,
      TopicForm form,
      List<String> problems,
      List<ChannelPreview> shown,
      Attempt attempt) {
    String title =
        form.isNew() ? "New topic" : "Edit: " + (form.title().isBlank() ? form.id() : form.title());
    templates.page(
        ctx,
        status,
        "topicEdit.jte",
        "page",
        pages.page(who, title, "topics"),
        "e",
        new TopicEdit(TopicForms.withSpareRows(form), problems, shown, attempt));
  }

  static String reason(String reason) {
    return reason == null || reason.isBlank() ? "edited in the workspace" : reason.strip();
  }

  static int status(ContentException e) {
    return e instanceof uk.socguide.content.ConflictException
        ? 409
        : e instanceof uk.socguide.content.UnknownItemException ? 404 : 422;
  }
}
