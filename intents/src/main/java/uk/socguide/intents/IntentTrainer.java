package uk.socguide.intents;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains intent models. Training builds the final model and, at the same time on the other cores,
 * one model per cross-validation fold; the folds' predictions on their held-out examples fit the
 * out-of-scope decision and choose when to ask for clarification (see {@link Calibration}). The
 * same training set always gives the same model and the same scores.
 */
public final class IntentTrainer {

  private static final Logger LOG = LoggerFactory.getLogger(IntentTrainer.class);

  /** With fewer examples than this there is too little to hold out: no calibration. */
  private static final int MIN_EXAMPLES_TO_CALIBRATE = 20;

  private IntentTrainer() {}

  /**
   * Trains a model from examples and a lexicon. Never fails for a well-formed set: with no examples
   * the model calls everything out of scope.
   */
  public static IntentModel train(TrainingSet set) {
    return train(set, TrainerSettings.defaults());
  }

  /**
   * As {@link #train(TrainingSet)}, reusing the decision rule {@code calibrations} kept from an
   * earlier training on exactly the same set (and keeping the one calibrated now), which leaves
   * only the final model to train: the model answers exactly as a fully trained one would.
   */
  public static IntentModel train(TrainingSet set, CalibrationCache calibrations) {
    return train(set, TrainerSettings.defaults(), calibrations);
  }

  static IntentModel train(TrainingSet set, TrainerSettings settings) {
    return train(set, settings, CalibrationCache.none());
  }

  static IntentModel train(
      TrainingSet set, TrainerSettings settings, CalibrationCache calibrations) {
    long started = System.nanoTime();
    Prepared prepared = Prepared.of(set);
    if (prepared.size() == 0) {
      Analyser analyser = Analyser.forTraining(prepared.lexicon);
      return text -> {
        boolean readable = text != null && text.length() <= Normaliser.MAX_CHARS;
        List<Entity> entities = readable ? analyser.analyse(text).entities() : List.of();
        return new Classification(List.of(), entities, true, false);
      };
    }
    String key = calibrations.enabled() ? CalibrationCache.key(set, settings) : null;
    Optional<DecisionRule> kept = key == null ? Optional.empty() : calibrations.load(key);
    int folds =
        kept.isEmpty() && prepared.size() >= MIN_EXAMPLES_TO_CALIBRATE
            ? settings.calibrationFolds()
            : 0;
    ExecutorService pool =
        Executors.newFixedThreadPool(settings.parallelism(), IntentTrainer::daemon);
    try {
      int[] all = IntStream.range(0, prepared.size()).toArray();
      Future<Scorer> finalScorer = pool.submit(() -> Scorer.train(prepared, all, settings));
      List<Future<List<Calibration.HeldOut>>> heldOut = new ArrayList<>();
      if (folds >= 2) {
        // enough data to fit the refusal model: folds like the questions it will face; else a
        // plain threshold, set against out-of-scope intents the fold's model has never seen
        Folds split =
            Calibration.canFit(prepared.labels, prepared.outOfScope)
                ? Folds.stratified(prepared.labels, folds)
                : Folds.calibration(prepared.labels, prepared.outOfScope, folds);
        for (int f = 0; f < folds; f++) {
          int fold = f;
          heldOut.add(pool.submit(() -> predictHeldOut(prepared, split, fold, settings)));
        }
      }
      List<Calibration.HeldOut> results = new ArrayList<>();
      for (Future<List<Calibration.HeldOut>> f : heldOut) {
        results.addAll(f.get());
      }
      DecisionRule rule;
      if (kept.isPresent()) {
        rule = kept.get();
      } else if (results.isEmpty()) {
        double t = settings.defaultThreshold();
        rule = new DecisionRule(OutOfScopeModel.thresholdOnly(t), t + 0.1, 0.9);
      } else {
        rule = Calibration.rule(results, prepared.outOfScope);
        if (key != null) {
          calibrations.save(key, rule);
        }
      }
      TrainedIntentModel model =
          new TrainedIntentModel(finalScorer.get(), prepared.intents, prepared.outOfScope, rule);
      LOG.info(
          "trained an intent model on {} examples of {} intents in {} ms ({}{})",
          prepared.size(),
          prepared.intents.size(),
          (System.nanoTime() - started) / 1_000_000,
          rule,
          kept.isPresent() ? ", calibration reused" : "");
      return model;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while training the intent model", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("training the intent model failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  static List<Calibration.HeldOut> predictHeldOut(
      Prepared prepared, Folds split, int fold, TrainerSettings settings) {
    Scorer scorer = Scorer.train(prepared, split.train(fold), settings);
    List<Calibration.HeldOut> out = new ArrayList<>();
    for (int e : split.test(fold)) {
      Scorer.Scored s = scorer.score(scorer.analyser.analyse(prepared.texts.get(e)));
      out.add(new Calibration.HeldOut(prepared.labels[e], s.scores(), s.signals()));
    }
    return out;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "intent-training");
    t.setDaemon(true);
    return t;
  }
}
