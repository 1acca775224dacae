package uk.socguide.app.wiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.socguide.content.Category;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.RegressionQuestion;
import uk.socguide.content.Topic;
import uk.socguide.intents.LexiconEntry;
import uk.socguide.intents.RegressionCase;
import uk.socguide.intents.TrainingExample;
import uk.socguide.intents.TrainingSet;

/**
 * What intent detection learns from a content release: every topic's example questions under the
 * topic's id, the lexicon, and the out-of-scope topics named as such; and the editors' must-answer
 * questions as regression cases.
 */
public final class TrainingFromRelease {
  private TrainingFromRelease() {}

  public static TrainingSet trainingSet(ContentRelease release) {
    List<TrainingExample> examples = new ArrayList<>();
    Set<String> outOfScope = new HashSet<>();
    for (Topic topic : release.topics().values()) {
      for (String example : topic.examples()) {
        examples.add(new TrainingExample(topic.id(), example));
      }
      if (topic.category() == Category.OUT_OF_SCOPE) {
        outOfScope.add(topic.id());
      }
    }
    // topics come from a map: a stable order keeps training deterministic
    examples.sort(Comparator.comparing(TrainingExample::intent));
    List<LexiconEntry> lexicon = new ArrayList<>();
    for (LexiconConcept c : release.lexicon()) {
      lexicon.add(new LexiconEntry(c.id(), c.type(), c.synonyms(), c.successor()));
    }
    return new TrainingSet(examples, lexicon, outOfScope);
  }

  public static List<RegressionCase> mustAnswer(ContentRelease release) {
    List<RegressionCase> cases = new ArrayList<>();
    for (RegressionQuestion q : release.mustAnswer()) {
      cases.add(new RegressionCase(q.question(), q.expectedTopic()));
    }
    return cases;
  }
}
