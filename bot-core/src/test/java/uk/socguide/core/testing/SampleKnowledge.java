package uk.socguide.core.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.socguide.content.Category;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.Topic;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.intents.IntentTrainer;
import uk.socguide.intents.LexiconEntry;
import uk.socguide.intents.TrainingExample;
import uk.socguide.intents.TrainingSet;

/**
 * Sample content with the real intent model trained on it. Training takes a second or two, so each
 * release's model is trained once per test run and shared.
 */
public final class SampleKnowledge {
  private static final Map<ContentRelease, Knowledge> TRAINED = new ConcurrentHashMap<>();

  private SampleKnowledge() {}

  /** {@link SampleContent#release()} and its model. */
  public static Knowledge sample() {
    return train(SampleContent.release());
  }

  /** A release and the intent model trained on it. */
  public static Knowledge train(ContentRelease release) {
    return TRAINED.computeIfAbsent(
        release, r -> new Knowledge(r, IntentTrainer.train(trainingSet(r))));
  }

  // TEMPORARY: the same conversion as TrainingSets (bot-core/knowledge, written with the intents
  // module), to be replaced by TrainingSets.of(release) once that is on main.
  private static TrainingSet trainingSet(ContentRelease release) {
    List<Topic> topics = new ArrayList<>(release.topics().values());
    topics.sort(Comparator.comparing(Topic::id));
    List<TrainingExample> examples = new ArrayList<>();
    Set<String> outOfScope = new HashSet<>();
    for (Topic topic : topics) {
      topic.examples().forEach(e -> examples.add(new TrainingExample(topic.id(), e)));
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
}
