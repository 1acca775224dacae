package uk.socguide.app.admin.api;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.content.Answer;
import uk.socguide.content.Audience;
import uk.socguide.content.Category;
import uk.socguide.content.Change;
import uk.socguide.content.FieldChange;
import uk.socguide.content.Item;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.Problem;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.RouteRedirect;
import uk.socguide.content.Source;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.Urgency;
import uk.socguide.content.files.FileShapes;
import uk.socguide.content.files.Slugs;

/** Content in and out of the API's JSON, in the content files' shape. */
final class Shapes {
  private Shapes() {}

  static Map<String, Object> topic(Topic t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("category", t.category() == null ? null : t.category().slug());
    FileShapes.shape(t).forEach((k, v) -> m.putIfAbsent(k, v));
    return m;
  }

  static Map<String, Object> route(ReportingRoute r) {
    return FileShapes.shape(r);
  }

  /** Where an item stands in the workflow. */
  static Map<String, Object> state(Item<?> i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", i.ref().kind().label());
    m.put("id", i.ref().id());
    m.put("status", Slugs.of(i.status()));
    m.put("withdrawal", i.withdrawal());
    m.put("version", i.version());
    m.put("revision", i.revision());
    m.put("live", i.live());
    m.put("changedBy", i.changedBy());
    m.put("changedAt", i.changedAt());
    return m;
  }

  static Map<String, Object> topicItem(Item<Topic> i) {
    Map<String, Object> m = state(i);
    m.put("topic", topic(i.value()));
    return m;
  }

  static Map<String, Object> topicSummary(Item<Topic> i) {
    Map<String, Object> m = state(i);
    Topic t = i.value();
    m.put("title", t.title());
    m.put("category", t.category() == null ? null : t.category().slug());
    m.put("reviewBy", t.reviewBy());
    return m;
  }

  static Map<String, Object> routeItem(Item<ReportingRoute> i) {
    Map<String, Object> m = state(i);
    m.put("route", route(i.value()));
    return m;
  }

  static Map<String, Object> change(Change c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", c.ref().kind().label());
    m.put("id", c.ref().id());
    m.put("status", Slugs.of(c.status()));
    m.put("withdrawal", c.withdrawal());
    m.put("new", c.before() == null);
    m.put("version", c.version());
    m.put("changedBy", c.changedBy());
    m.put("changedAt", c.changedAt());
    List<Map<String, Object>> fields = new ArrayList<>();
    for (FieldChange f : c.fields()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("field", f.field());
      fm.put("live", f.before());
      fm.put("pending", f.after());
      fields.add(fm);
    }
    m.put("fields", fields);
    return m;
  }

  static Map<String, Object> problem(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item", p.item() == null ? null : p.item().toString());
    m.put("file", p.file());
    m.put("line", p.line() == 0 ? null : p.line());
    m.put("field", p.field());
    m.put("message", p.message());
    return m;
  }

  /**
   * The topic a body describes, its id taken from the URL.
   *
   * @throws Refusal (400) naming what cannot be read
   */
  static Topic topic(String id, Bodies.TopicBody b, long version) {
    if (b == null) {
      throw Refusal.badRequest("the body needs a topic");
    }
    if (b.id() != null && !b.id().equals(id)) {
      throw Refusal.badRequest("the topic's id " + b.id() + " is not the id in the address, " + id);
    }
    Category category;
    try {
      category = b.category() == null ? null : Category.fromSlug(b.category());
    } catch (IllegalArgumentException e) {
      throw Refusal.badRequest("category must be one of " + Slugs.allowed(Category.class));
    }
    if (category == null) {
      throw Refusal.badRequest("category must be one of " + Slugs.allowed(Category.class));
    }
    List<Answer> answers = new ArrayList<>();
    for (Bodies.AnswerBody a : list(b.answers())) {
      Audience audience =
          a.audience() == null ? Audience.DEFAULT : slug(Audience.class, a.audience(), "audience");
      Jurisdiction j =
          a.jurisdiction() == null
              ? null
              : slug(Jurisdiction.class, a.jurisdiction(), "jurisdiction");
      answers.add(new Answer(audience, j, a.text()));
    }
    List<Source> sources = new ArrayList<>();
    for (Bodies.SourceBody s : list(b.sources())) {
      sources.add(new Source(s.title(), s.locator(), s.url(), s.publisher(), s.date()));
    }
    return new Topic(
        id,
        b.title(),
        category,
        list(b.examples()),
        list(b.related()),
        answers,
        sources,
        b.owner(),
        b.lastReviewed(),
        b.reviewBy(),
        TopicStatus.DRAFT,
        version);
  }

  static ReportingRoute route(String id, Bodies.RouteBody b) {
    if (b == null) {
      throw Refusal.badRequest("the body needs a route");
    }
    if (b.id() != null && !b.id().equals(id)) {
      throw Refusal.badRequest("the route's id " + b.id() + " is not the id in the address, " + id);
    }
    EnumSet<Jurisdiction> js = EnumSet.noneOf(Jurisdiction.class);
    for (String j : list(b.jurisdictions())) {
      js.add(slug(Jurisdiction.class, j, "jurisdictions"));
    }
    Urgency urgency = b.urgency() == null ? null : slug(Urgency.class, b.urgency(), "urgency");
    List<RouteRedirect> redirects = new ArrayList<>();
    for (Bodies.RedirectBody r : list(b.doesNotTake())) {
      redirects.add(new RouteRedirect(r.what(), r.route()));
    }
    return new ReportingRoute(
        id,
        b.name(),
        b.phone(),
        b.textphone(),
        b.sms(),
        b.web(),
        b.hours(),
        js,
        b.whenToUse(),
        urgency,
        redirects);
  }

  private static <E extends Enum<E>> E slug(Class<E> type, String text, String field) {
    E e = Slugs.parse(type, text);
    if (e == null) {
      throw Refusal.badRequest(field + " must be one of " + Slugs.allowed(type) + ", not " + text);
    }
    return e;
  }

  static TopicStatus status(String text) {
    return slug(TopicStatus.class, text, "status");
  }

  private static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : l.stream().filter(x -> x != null).toList();
  }
}
