package uk.socguide.app.admin;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.adapters.teams.TeamsPreview;
import uk.socguide.adapters.telegram.TelegramPreview;
import uk.socguide.app.admin.preview.ChannelRenderer;
import uk.socguide.app.admin.preview.EnginePreviews;
import uk.socguide.app.admin.publish.IntentEvaluation;
import uk.socguide.app.admin.publish.LivePublishing;
import uk.socguide.app.admin.users.Passwords;
import uk.socguide.app.config.AppConfig;
import uk.socguide.app.config.Settings;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.core.knowledge.TrainingSets;
import uk.socguide.intents.Floors;
import uk.socguide.intents.IntentModel;
import uk.socguide.intents.IntentTrainer;

/**
 * Builds the workspace over the running assistant: publishing evaluates a candidate against the
 * floors, trains its model, publishes it and swaps the pair into the engine's live knowledge;
 * previews run through the engine and the channels' own renderers.
 */
public final class WorkspaceAssembly {
  /** Folds of the cross-validation a publish runs, as {@code ./bot evaluate} does by default. */
  public static final int FOLDS = 5;

  /** Teams' own rendering: each activity's JSON as a personal chat is sent it. */
  public static final ChannelRenderer TEAMS = TeamsPreview::activities;

  /** Telegram's own rendering: each message's HTML text as it is sent. */
  public static final ChannelRenderer TELEGRAM = TelegramPreview::messages;

  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceAssembly.class);

  private WorkspaceAssembly() {}

  /**
   * The workspace for {@code ./bot serve}, when the assistant offers what it needs.
   *
   * @throws uk.socguide.app.config.ConfigException naming a bad workspace setting
   */
  public static Optional<Workspace> forServer(
      Settings settings, AppConfig config, Optional<LiveAssistant> assistant) {
    WorkspaceSettings ws = WorkspaceSettings.from(settings, config.host());
    if (assistant.isEmpty()) {
      LOG.warn("The editors' workspace is not served: the assistant offers no live content");
      return Optional.empty();
    }
    Workspace workspace =
        create(
            assistant.get(),
            ws,
            config.floors().toFloors(),
            TEAMS,
            TELEGRAM,
            new Passwords(),
            Clock.systemUTC(),
            FOLDS);
    if (!workspace.hasUsers()) {
      LOG.warn(
          "The editors' workspace at /admin has no users yet: add the first admin with"
              + " ./bot users add NAME --role admin");
    }
    return Optional.of(workspace);
  }

  /**
   * @param floors the least intent detection must reach for a publish to go ahead
   * @param teams the Teams adapter's renderer, {@link #TEAMS}
   * @param telegram the Telegram adapter's renderer, {@link #TELEGRAM}
   * @param folds folds of the cross-validation each publish runs
   */
  public static Workspace create(
      LiveAssistant assistant,
      WorkspaceSettings settings,
      Floors floors,
      ChannelRenderer teams,
      ChannelRenderer telegram,
      Passwords passwords,
      Clock clock,
      int folds) {
    LivePublishing<IntentModel> publishing =
        new LivePublishing<>(
            assistant.database(),
            new IntentEvaluation(floors, folds),
            assistant.trainer(),
            (release, model) -> assistant.knowledge().publish(new Knowledge(release, model)));
    EnginePreviews previews =
        new EnginePreviews(
            assistant.database(),
            assistant.engine(),
            assistant.knowledge(),
            // a draft tried out is not content the assistant will restart on: nothing kept for it
            release -> IntentTrainer.train(TrainingSets.of(release)),
            teams,
            telegram);
    return new Workspace(assistant.database(), settings, publishing, previews, passwords, clock);
  }
}
