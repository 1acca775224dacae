package uk.socguide.app.wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.adapters.web.IntentParser;
import uk.socguide.adapters.web.ParseResult;
import uk.socguide.app.admin.LiveAssistant;
import uk.socguide.app.server.HealthCheck;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ConversationStore;
import uk.socguide.content.store.Database;
import uk.socguide.core.EntityRef;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.dialogue.DialogueEngine;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.core.knowledge.LiveKnowledge;
import uk.socguide.intents.Classification;
import uk.socguide.intents.IntentModel;

/**
 * The dialogue engine over the live knowledge and the content store it came from. Forgets idle
 * conversations in the background; closing it closes the store.
 */
final class EngineAssistant implements Assistant {
  private static final Logger LOG = LoggerFactory.getLogger(EngineAssistant.class);
  private static final Duration PURGE_EVERY = Duration.ofMinutes(10);

  private final DialogueEngine engine;
  private final LiveKnowledge knowledge;
  private final Database db;
  private final Function<ContentRelease, IntentModel> trainer;
  private final String trained;
  private final ScheduledExecutorService housekeeping;

  EngineAssistant(
      DialogueEngine engine,
      LiveKnowledge knowledge,
      Database db,
      Function<ContentRelease, IntentModel> trainer,
      String trained) {
    this.engine = engine;
    this.trainer = trainer;
    this.knowledge = knowledge;
    this.db = db;
    this.trained = trained;
    this.housekeeping =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "conversation-expiry");
              t.setDaemon(true);
              return t;
            });
    housekeeping.scheduleWithFixedDelay(
        this::forgetIdleConversations,
        PURGE_EVERY.toMinutes(),
        PURGE_EVERY.toMinutes(),
        TimeUnit.MINUTES);
  }

  private void forgetIdleConversations() {
    try {
      Clock clock = db.clock();
      int n =
          db.conversations().purgeIdleBefore(clock.instant().minus(ConversationStore.IDLE_EXPIRY));
      LOG.debug("forgot {} idle conversations", n);
    } catch (RuntimeException e) {
      LOG.warn("could not forget idle conversations: {}", e.toString());
    }
  }

  @Override
  public TurnHandler turns() {
    return engine;
  }

  @Override
  public Optional<LiveAssistant> live() {
    return Optional.of(new LiveAssistant(db, knowledge, engine, trainer));
  }

  @Override
  public IntentParser parser() {
    return text -> {
      Classification c = knowledge.get().model().classify(text);
      return new ParseResult(
          c.ranking().stream().map(s -> new ParseResult.Ranked(s.intent(), s.score())).toList(),
          c.entities().stream().map(e -> new EntityRef(e.type(), e.value())).toList(),
          c.outOfScope(),
          c.needsClarification());
    };
  }

  @Override
  public List<HealthCheck> checks() {
    return List.of(
        DatabaseCheck.of(db.dataSource()),
        new HealthCheck() {
          @Override
          public String name() {
            return "model";
          }

          @Override
          public Result check() {
            Knowledge k = knowledge.get();
            return Result.up(
                "release "
                    + k.release().number()
                    + ", "
                    + k.release().topics().size()
                    + " topics; "
                    + trained);
          }
        });
  }

  @Override
  public void close() {
    housekeeping.shutdownNow();
    db.close();
  }
}
