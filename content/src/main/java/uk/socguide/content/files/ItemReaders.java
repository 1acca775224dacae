package uk.socguide.content.files;

import java.util.List;
import java.util.Set;
import uk.socguide.content.Answer;
import uk.socguide.content.Audience;
import uk.socguide.content.Category;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.RegressionQuestion;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.RouteRedirect;
import uk.socguide.content.Source;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.Urgency;

/** Turns one YAML mapping into a content item, in the format of docs/content-format.md. */
final class ItemReaders {
  static final List<String> TOPIC_FIELDS =
      List.of(
          "id",
          "title",
          "owner",
          "lastReviewed",
          "reviewBy",
          "related",
          "examples",
          "answers",
          "sources");
  static final List<String> ANSWER_FIELDS = List.of("audience", "jurisdiction", "text");
  static final List<String> SOURCE_FIELDS = List.of("title", "locator", "url", "publisher", "date");
  static final List<String> ROUTE_FIELDS =
      List.of(
          "id",
          "name",
          "phone",
          "textphone",
          "sms",
          "web",
          "hours",
          "jurisdictions",
          "urgency",
          "whenToUse",
          "doesNotTake");
  static final List<String> REDIRECT_FIELDS = List.of("what", "route");
  static final List<String> CONCEPT_FIELDS = List.of("id", "type", "synonyms", "successor");
  static final List<String> QUESTION_FIELDS = List.of("question", "topic");

  private ItemReaders() {}

  /** The item, or {@code null} when it has no id (a problem has been recorded). */
  static Topic topic(ItemContext item, YamlNode.Mapping map, Category category) {
    Fields f = new Fields(item, map, "", TOPIC_FIELDS);
    String id = f.text("id", true).strip();
    if (id.isEmpty()) {
      return null;
    }
    item.named(ItemRef.topic(id));
    List<Answer> answers =
        f.objects("answers", ANSWER_FIELDS).stream()
            .map(
                a ->
                    new Answer(
                        a.choice("audience", Audience.class, false),
                        a.choice("jurisdiction", Jurisdiction.class, false),
                        a.text("text", false)))
            .toList();
    List<Source> sources =
        f.objects("sources", SOURCE_FIELDS).stream()
            .map(
                s ->
                    new Source(
                        s.text("title", false),
                        s.text("locator", false),
                        s.text("url", false),
                        s.text("publisher", false),
                        s.text("date", false)))
            .toList();
    return new Topic(
        id,
        f.text("title", false),
        category,
        f.texts("examples"),
        f.texts("related"),
        answers,
        sources,
        f.text("owner", false),
        f.date("lastReviewed", false),
        f.date("reviewBy", false),
        TopicStatus.DRAFT,
        0);
  }

  static ReportingRoute route(ItemContext item, YamlNode.Mapping map) {
    Fields f = new Fields(item, map, "", ROUTE_FIELDS);
    String id = f.text("id", true).strip();
    if (id.isEmpty()) {
      return null;
    }
    item.named(ItemRef.route(id));
    List<RouteRedirect> redirects =
        f.objects("doesNotTake", REDIRECT_FIELDS).stream()
            .map(d -> new RouteRedirect(d.text("what", false), d.text("route", true)))
            .toList();
    return new ReportingRoute(
        id,
        f.text("name", false),
        f.text("phone", false),
        f.text("textphone", false),
        f.text("sms", false),
        f.text("web", false),
        f.text("hours", false),
        Set.copyOf(f.choices("jurisdictions", Jurisdiction.class)),
        f.text("whenToUse", false),
        f.choice("urgency", Urgency.class, false),
        redirects);
  }

  static LexiconConcept concept(ItemContext item, YamlNode.Mapping map) {
    Fields f = new Fields(item, map, "", CONCEPT_FIELDS);
    String id = f.text("id", true).strip();
    if (id.isEmpty()) {
      return null;
    }
    item.named(ItemRef.concept(id));
    String successor = f.text("successor", false);
    return new LexiconConcept(
        id, f.text("type", false), f.texts("synonyms"), successor.isBlank() ? null : successor);
  }

  static RegressionQuestion question(ItemContext item, YamlNode.Mapping map) {
    Fields f = new Fields(item, map, "", QUESTION_FIELDS);
    String question = f.text("question", true);
    if (question.isBlank()) {
      return null;
    }
    item.named(ItemRef.question(question));
    return new RegressionQuestion(question, f.text("topic", true));
  }
}
