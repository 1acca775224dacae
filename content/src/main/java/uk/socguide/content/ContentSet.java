package uk.socguide.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A complete body of content, published or not: what a folder of content files holds, what a
 * release holds, and what validation checks.
 */
public record ContentSet(
    List<Topic> topics,
    List<ReportingRoute> routes,
    List<LexiconConcept> lexicon,
    List<RegressionQuestion> mustAnswer) {

  public static final ContentSet EMPTY = new ContentSet(List.of(), List.of(), List.of(), List.of());

  public ContentSet {
    topics = List.copyOf(topics);
    routes = List.copyOf(routes);
    lexicon = List.copyOf(lexicon);
    mustAnswer = List.copyOf(mustAnswer);
  }

  /** The release's content, each list in id order. */
  public static ContentSet of(ContentRelease release) {
    return new ContentSet(
        release.topics().values().stream().sorted(Comparator.comparing(Topic::id)).toList(),
        release.routes().values().stream()
            .sorted(Comparator.comparing(ReportingRoute::id))
            .toList(),
        release.lexicon(),
        release.mustAnswer());
  }

  /** A set holding these items (topics, routes, concepts and questions, in any order). */
  public static ContentSet ofItems(Iterable<?> items) {
    List<Topic> topics = new ArrayList<>();
    List<ReportingRoute> routes = new ArrayList<>();
    List<LexiconConcept> lexicon = new ArrayList<>();
    List<RegressionQuestion> questions = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Topic t) {
        topics.add(t);
      } else if (item instanceof ReportingRoute r) {
        routes.add(r);
      } else if (item instanceof LexiconConcept c) {
        lexicon.add(c);
      } else if (item instanceof RegressionQuestion q) {
        questions.add(q);
      } else {
        throw new IllegalArgumentException("not a content item: " + item);
      }
    }
    return new ContentSet(topics, routes, lexicon, questions);
  }

  /** Every item by its reference, in the order topics, routes, concepts, questions. */
  public Map<ItemRef, Object> items() {
    Map<ItemRef, Object> items = new LinkedHashMap<>();
    topics.forEach(t -> items.put(ItemRef.topic(t.id()), t));
    routes.forEach(r -> items.put(ItemRef.route(r.id()), r));
    lexicon.forEach(c -> items.put(ItemRef.concept(c.id()), c));
    mustAnswer.forEach(q -> items.put(ItemRef.question(q.question()), q));
    return items;
  }

  public int size() {
    return topics.size() + routes.size() + lexicon.size() + mustAnswer.size();
  }
}
