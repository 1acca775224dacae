package uk.socguide.content;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A published content release: everything the dialogue engine and intent detection read, held in
 * memory and never changed. Publishing or restoring produces a new instance that callers swap in.
 *
 * @param number the release number (1, 2, ...); 0 for a release built outside the store
 * @param topics published topics by id
 * @param routes reporting routes by id
 */
public record ContentRelease(
    long number,
    Instant publishedAt,
    Map<String, Topic> topics,
    Map<String, ReportingRoute> routes,
    List<LexiconConcept> lexicon,
    List<RegressionQuestion> mustAnswer) {

  public ContentRelease {
    topics = Map.copyOf(topics);
    routes = Map.copyOf(routes);
    lexicon = List.copyOf(lexicon);
    mustAnswer = List.copyOf(mustAnswer);
  }

  public Optional<Topic> topic(String id) {
    return Optional.ofNullable(topics.get(id));
  }

  /**
   * The variant of a topic's answer that best fits the reader. The jurisdiction matters more than
   * the audience, because a route or a law that does not apply where the reader is would be wrong,
   * while another audience's wording is only less apt: the exact audience and jurisdiction first,
   * then the default audience in that jurisdiction, then the audience for everywhere, then the
   * default.
   *
   * @param jurisdiction the reader's jurisdiction, or {@code null} when unknown
   */
  public Answer answerFor(Topic topic, Audience audience, Jurisdiction jurisdiction) {
    return topic.answers().stream()
        .filter(a -> a.audience() == audience || a.audience() == Audience.DEFAULT)
        .filter(a -> a.jurisdiction() == null || a.jurisdiction() == jurisdiction)
        .max(Comparator.comparingInt(a -> fit(a, audience)))
        .orElseThrow(
            () -> new IllegalStateException("topic " + topic.id() + " has no default answer"));
  }

  private static int fit(Answer a, Audience audience) {
    int score = 0;
    if (a.jurisdiction() != null) {
      score += 2;
    }
    if (a.audience() == audience && audience != Audience.DEFAULT) {
      score += 1;
    }
    return score;
  }

  /** The answer's markup with every route reference replaced by the route's current details. */
  public String render(Answer answer) {
    return RouteReferences.expand(answer.markup(), routes);
  }
}
