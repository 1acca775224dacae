package uk.socguide.app.wiring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.store.Database;
import uk.socguide.core.UserIds;
import uk.socguide.core.dialogue.DialogueEngine;
import uk.socguide.core.dialogue.TurnObserver;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.core.knowledge.LiveKnowledge;
import uk.socguide.core.knowledge.TrainingSets;
import uk.socguide.intents.IntentModel;
import uk.socguide.intents.IntentTrainer;

/**
 * Builds the assistant by hand, in order: the published release from the content store (opened,
 * with the seed loaded, by {@link Store#open}), the intent model trained from it, and the dialogue
 * engine over both, reporting every turn to the observer. No container: each part is constructed
 * here with what it needs.
 */
public final class Assembly {
  private static final Logger LOG = LoggerFactory.getLogger(Assembly.class);

  private Assembly() {}

  /**
   * The assistant over an open content store, which it closes when it is closed.
   *
   * @param userIdKey the key user ids and conversation state are hashed with
   * @param observer told about every turn (the metrics)
   */
  public static Assistant assistant(Database db, byte[] userIdKey, TurnObserver observer) {
    long start = System.nanoTime();
    ContentRelease release = db.content().published();
    IntentModel model = IntentTrainer.train(TrainingSets.of(release));
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOG.info(
        "Intent model trained on release {} ({} topics) in {} ms",
        release.number(),
        release.topics().size(),
        millis);
    LiveKnowledge knowledge = new LiveKnowledge(new Knowledge(release, model));
    DialogueEngine engine =
        DialogueEngine.builder(knowledge, db.conversations(), db.inbox(), new UserIds(userIdKey))
            .clock(db.clock())
            .observer(observer)
            .build();
    return new EngineAssistant(engine, knowledge, db, "trained in " + millis + " ms");
  }
}
