package uk.socguide.app.admin;

import java.util.function.Function;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.store.Database;
import uk.socguide.core.dialogue.DialogueEngine;
import uk.socguide.core.knowledge.LiveKnowledge;
import uk.socguide.core.knowledge.TrainingSets;
import uk.socguide.intents.IntentModel;
import uk.socguide.intents.IntentTrainer;

/**
 * What the editors' workspace needs from the running assistant: the content store, the knowledge
 * the engine answers from (publishing swaps it), the engine itself (previews run through it), and
 * how it trains a model from a release (as it did at start-up, keeping calibrations alike).
 */
public record LiveAssistant(
    Database database,
    LiveKnowledge knowledge,
    DialogueEngine engine,
    Function<ContentRelease, IntentModel> trainer) {

  /** Trains every model from scratch. */
  public LiveAssistant(Database database, LiveKnowledge knowledge, DialogueEngine engine) {
    this(database, knowledge, engine, release -> IntentTrainer.train(TrainingSets.of(release)));
  }
}
