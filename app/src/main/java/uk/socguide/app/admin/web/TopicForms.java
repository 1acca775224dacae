package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.view.Fmt;
import uk.socguide.app.admin.view.TopicForm;
import uk.socguide.content.Answer;
import uk.socguide.content.Audience;
import uk.socguide.content.Category;
import uk.socguide.content.Item;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.Source;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;

/** Turns a topic into its form and a submitted form back into a topic. */
final class TopicForms {
  /** Rows a form may carry; more is not a real form. */
  static final int MAX_ROWS = 40;

  private TopicForms() {}

  static TopicForm of(Item<Topic> item) {
    Topic t = item.value();
    List<TopicForm.AnswerRow> answers = new ArrayList<>();
    for (Answer a : t.answers()) {
      answers.add(
          new TopicForm.AnswerRow(
              a.audience().name(),
              a.jurisdiction() == null ? "" : a.jurisdiction().name(),
              a.markup()));
    }
    List<TopicForm.SourceRow> sources = new ArrayList<>();
    for (Source s : t.sources()) {
      sources.add(
          new TopicForm.SourceRow(s.title(), s.locator(), s.url(), s.publisher(), s.date()));
    }
    return new TopicForm(
        false,
        t.id(),
        t.title(),
        t.category() == null ? "" : t.category().slug(),
        t.owner(),
        Fmt.iso(t.lastReviewed()),
        Fmt.iso(t.reviewBy()),
        String.join("\n", t.examples()),
        String.join(", ", t.related()),
        answers,
        sources,
        item.version(),
        "");
  }

  static TopicForm blank() {
    return new TopicForm(
        true, "", "", "", "", "", "", "", "", List.of(), List.of(), 0, "new topic");
  }

  /** The same form with one empty answer row and one empty source row to fill in. */
  static TopicForm withSpareRows(TopicForm f) {
    List<TopicForm.AnswerRow> answers = new ArrayList<>(f.answers());
    answers.add(new TopicForm.AnswerRow(Audience.DEFAULT.name(), "", ""));
    List<TopicForm.SourceRow> sources = new ArrayList<>(f.sources());
    sources.add(new TopicForm.SourceRow("", "", "", "", ""));
    return new TopicForm(
        f.isNew(),
        f.id(),
        f.title(),
        f.category(),
        f.owner(),
        f.lastReviewed(),
        f.reviewBy(),
        f.examples(),
        f.related(),
        answers,
        sources,
        f.version(),
        f.reason());
  }

  /** The form as submitted; rows left empty are dropped. */
  static TopicForm parse(Context ctx, String id, boolean isNew) {
    List<TopicForm.AnswerRow> answers = new ArrayList<>();
    List<TopicForm.SourceRow> sources = new ArrayList<>();
    for (int i = 0; i < MAX_ROWS; i++) {
      String markup = field(ctx, "a" + i + ".markup");
      if (!markup.isBlank()) {
        answers.add(
            new TopicForm.AnswerRow(
                field(ctx, "a" + i + ".audience"), field(ctx, "a" + i + ".jurisdiction"), markup));
      }
      TopicForm.SourceRow s =
          new TopicForm.SourceRow(
              field(ctx, "s" + i + ".title"),
              field(ctx, "s" + i + ".locator"),
              field(ctx, "s" + i + ".url"),
              field(ctx, "s" + i + ".publisher"),
              field(ctx, "s" + i + ".date"));
      if (!(s.title() + s.locator() + s.url() + s.publisher() + s.date()).isBlank()) {
        sources.add(s);
      }
    }
    long version;
    try {
      version = Long.parseLong(field(ctx, "version").isEmpty() ? "0" : field(ctx, "version"));
    } catch (NumberFormatException e) {
      throw Refusal.badRequest("the form's version field is not a number");
    }
    return new TopicForm(
        isNew,
        isNew ? field(ctx, "id").strip() : id,
        field(ctx, "title"),
        field(ctx, "category"),
        field(ctx, "owner"),
        field(ctx, "lastReviewed"),
        field(ctx, "reviewBy"),
        field(ctx, "examples"),
        field(ctx, "related"),
        answers,
        sources,
        version,
        field(ctx, "reason"));
  }

  /**
   * The topic the form describes. Fields the content store checks (lengths, references, dates in
   * the past) are left to it; only what cannot be read at all is refused here.
   *
   * @throws Refusal (400) naming the field that cannot be read
   */
  static Topic toTopic(TopicForm f) {
    Category category;
    try {
      category = f.category().isEmpty() ? null : Category.fromSlug(f.category());
    } catch (IllegalArgumentException e) {
      throw Refusal.badRequest("Category: choose one of the categories listed.");
    }
    if (category == null) {
      throw Refusal.badRequest("Category: choose one.");
    }
    List<Answer> answers = new ArrayList<>();
    for (TopicForm.AnswerRow a : f.answers()) {
      answers.add(new Answer(audience(a.audience()), jurisdiction(a.jurisdiction()), a.markup()));
    }
    List<Source> sources = new ArrayList<>();
    for (TopicForm.SourceRow s : f.sources()) {
      sources.add(new Source(s.title(), s.locator(), s.url(), s.publisher(), s.date()));
    }
    return new Topic(
        f.id(),
        f.title(),
        category,
        lines(f.examples()),
        Arrays.stream(f.related().split("[,\\n]"))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList(),
        answers,
        sources,
        f.owner(),
        date("Last reviewed", f.lastReviewed()),
        date("Review by", f.reviewBy()),
        TopicStatus.DRAFT,
        f.version());
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Audience audience(String name) {
    try {
      return Audience.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.badRequest("Answer audience: choose everyone, councillors or frontline staff.");
    }
  }

  private static Jurisdiction jurisdiction(String name) {
    if (name.isEmpty()) {
      return null;
    }
    try {
      return Jurisdiction.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.badRequest("Answer jurisdiction: choose one of those listed.");
    }
  }

  private static LocalDate date(String label, String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw Refusal.badRequest(label + ": write the date as YYYY-MM-DD, such as 2026-11-28.");
    }
  }

  private static String field(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v;
  }
}
