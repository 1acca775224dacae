package uk.socguide.core.knowledge;

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
import uk.socguide.content.TopicStatus;
import uk.socguide.intents.LexiconEntry;
import uk.socguide.intents.RegressionCase;
import uk.socguide.intents.TrainingExample;
import uk.socguide.intents.TrainingSet;

/** Turns published content into what intent detection trains and is evaluated on. */
public final class TrainingSets {

  private TrainingSets() {}

  /**
   * Every published topic's example questions (topic id = intent), the lexicon, and the
   * out-of-scope topics as out-of-scope intents. Topics are taken in id order, so the same release
   * always gives the same training set and therefore the same model.
   */
  public static TrainingSet of(ContentRelease release) {
    List<Topic> topics = new ArrayList<>(release.topics().values());
    topics.sort(Comparator.comparing(Topic::id));
    List<TrainingExample> examples = new ArrayList<>();
    Set<String> outOfScope = new HashSet<>();
    for (Topic topic : topics) {
      if (topic.status() == TopicStatus.WITHDRAWN) {
        continue;
      }
      for (String example : topic.examples()) {
        examples.add(new TrainingExample(topic.id(), example));
      }
      if (topic.category() == Category.OUT_OF_SCOPE) {
        outOfScope.add(topic.id());
      }
    }
    List<LexiconEntry> lexicon = new ArrayList<>();
    for (LexiconConcept c : release.lexicon()) {
      lexicon.add(new LexiconEntry(c.id(), c.type(), c.synonyms(), c.successor()));
    }
    return new TrainingSet(examples, lexicon, outOfScope);
  }

  /** The editors' must-answer questions, in the order they were written. */
  public static List<RegressionCase> mustAnswer(ContentRelease release) {
    List<RegressionCase> cases = new ArrayList<>();
    for (RegressionQuestion q : release.mustAnswer()) {
      cases.add(new RegressionCase(q.question(), q.expectedTopic()));
    }
    return cases;
  }
}
