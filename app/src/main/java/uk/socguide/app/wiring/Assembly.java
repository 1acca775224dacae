package uk.socguide.app.wiring;

import java.nio.file.Path;
import java.util.function.Function;
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
import uk.socguide.intents.CalibrationCache;
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
    return assistant(db, userIdKey, observer, CalibrationCache.none());
  }

  /** Where the server and the console keep intent calibrations: {@code DATA/calibration}. */
  public static CalibrationCache calibrations(Path dataDir) {
    return CalibrationCache.inFolder(dataDir.resolve("calibration"));
  }

  /**
   * As {@link #assistant(Database, byte[], TurnObserver)}, keeping each model's calibration in
   * {@code calibrations} so a restart over the same content trains only the final model.
   */
  public static Assistant assistant(
      Database db, byte[] userIdKey, TurnObserver observer, CalibrationCache calibrations) {
    long start = System.nanoTime();
    ContentRelease release = db.content().published();
    Function<ContentRelease, IntentModel> trainer =
        r -> IntentTrainer.train(TrainingSets.of(r), calibrations);
    IntentModel model = trainer.apply(release);
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
    return new EngineAssistant(engine, knowledge, db, trainer, "trained in " + millis + " ms");
  }
}
