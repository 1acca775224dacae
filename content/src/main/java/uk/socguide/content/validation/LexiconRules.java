package uk.socguide.content.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ItemRef;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.Problem;
import uk.socguide.content.RegressionQuestion;

/** The rules for lexicon concepts and must-answer questions. */
final class LexiconRules {
  /** Concept types intent detection knows. */
  static final List<String> TYPES = List.of("crime", "agency", "nation", "urgency", "audience");

  private LexiconRules() {}

  static void check(ContentSet set, List<Problem> problems) {
    Set<String> conceptIds = new HashSet<>();
    set.lexicon().forEach(c -> conceptIds.add(c.id()));
    for (LexiconConcept c : set.lexicon()) {
      ItemRef ref = ItemRef.concept(c.id());
      if (!Ids.validSlug(c.id())) {
        problems.add(
            Problem.of(
                ref,
                "id",
                "'"
                    + c.id()
                    + "' is not a valid concept id: use lower-case letters, digits and"
                    + " hyphens"));
      }
      if (!TYPES.contains(c.type())) {
        problems.add(
            Problem.of(
                ref, "type", "'" + c.type() + "' is not one of " + String.join(", ", TYPES)));
      }
      if (c.synonyms().isEmpty()) {
        problems.add(Problem.of(ref, "synonyms", "needs at least one synonym"));
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < c.synonyms().size(); i++) {
        String s = c.synonyms().get(i);
        if (s.isEmpty()) {
          problems.add(Problem.of(ref, "synonyms[" + i + "]", "is empty"));
        } else if (!seen.add(s)) {
          problems.add(Problem.of(ref, "synonyms[" + i + "]", "'" + s + "' is listed twice"));
        }
      }
      if (c.successor() != null) {
        if (c.successor().equals(c.id())) {
          problems.add(Problem.of(ref, "successor", "a concept cannot succeed itself"));
        } else if (!conceptIds.contains(c.successor())) {
          problems.add(Problem.of(ref, "successor", "no concept has id '" + c.successor() + "'"));
        }
      }
    }
    Set<String> topicIds = new HashSet<>();
    set.topics().forEach(t -> topicIds.add(t.id()));
    for (RegressionQuestion q : set.mustAnswer()) {
      ItemRef ref = ItemRef.question(q.question());
      if (ref.id().isEmpty()) {
        problems.add(Problem.of(ref, "question", "is missing"));
      }
      if (q.expectedTopic().isEmpty()) {
        problems.add(Problem.of(ref, "topic", "is missing"));
      } else if (!topicIds.contains(q.expectedTopic())) {
        problems.add(Problem.of(ref, "topic", "no topic has id '" + q.expectedTopic() + "'"));
      }
    }
  }
}
