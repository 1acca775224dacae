package uk.socguide.app.admin.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.app.admin.json.Jsons;
import uk.socguide.content.ConflictException;
import uk.socguide.content.ContentException;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.Problem;
import uk.socguide.content.PublishPlan;
import uk.socguide.content.UnknownItemException;
import uk.socguide.content.ValidationException;
import uk.socguide.content.WorkflowException;
import uk.socguide.content.store.Database;

/**
 * {@link Publishing} over the content store and whatever the assistant answers from. In order: plan
 * (every approved change, or an earlier release's content), validate, build what the assistant
 * needs from the candidate (train the model, once), evaluate intent detection on it against the
 * floors (the must-answer questions are asked of that very model), publish the plan in the store,
 * and swap the built model in with the new release. Any refusal leaves the store and the assistant
 * as they were, and is written to the audit log.
 *
 * @param <T> what is built from a release before it goes live (the trained intent model)
 */
public final class LivePublishing<T> implements Publishing {
  private static final Logger LOG = LoggerFactory.getLogger(LivePublishing.class);

  private final Database db;
  private final Evaluate<T> evaluate;
  private final Function<ContentRelease, T> build;
  private final Swap<T> swap;
  private final Object lock = new Object();

  /**
   * Evaluates intent detection on a candidate release: cross-validation, and the must-answer
   * questions asked of what was built from the whole candidate, against the floors.
   */
  @FunctionalInterface
  public interface Evaluate<T> {
    Evaluation evaluate(ContentRelease candidate, T built);
  }

  /** Puts a published release and what was built from its content in use. */
  @FunctionalInterface
  public interface Swap<T> {
    void swap(ContentRelease release, T built);
  }

  /**
   * @param evaluate cross-validates intent detection on a candidate release and asks the
   *     must-answer questions of what was built from it, against the floors
   * @param build prepares a candidate for going live (trains the model); may take seconds
   * @param swap makes the new release and what was built live at once
   */
  public LivePublishing(
      Database db, Evaluate<T> evaluate, Function<ContentRelease, T> build, Swap<T> swap) {
    this.db = db;
    this.evaluate = evaluate;
    this.build = build;
    this.swap = swap;
  }

  @Override
  public PublishResult publish(String actor, String note) {
    synchronized (lock) {
      PublishPlan plan = db.content().planPublish();
      if (plan.changes().isEmpty()) {
        return refused(actor, plan, "Nothing is approved for publishing.", List.of(), null, note);
      }
      return go(actor, note, plan);
    }
  }

  @Override
  public PublishResult restore(long number, String actor, String note) {
    synchronized (lock) {
      PublishPlan plan;
      try {
        plan = db.content().planRestore(number);
      } catch (UnknownItemException | WorkflowException e) {
        return new PublishResult(null, List.of(sentence(e.getMessage())), List.of(), null);
      }
      if (plan.changes().isEmpty()) {
        return refused(
            actor,
            plan,
            "Release " + number + " has the same content as the live release.",
            List.of(),
            null,
            note);
      }
      return go(actor, note, plan);
    }
  }

  @Override
  public PublishResult check() {
    PublishPlan plan = db.content().planPublish();
    List<String> reasons = new ArrayList<>();
    if (plan.changes().isEmpty()) {
      reasons.add("Nothing is approved for publishing.");
    }
    if (!plan.valid()) {
      reasons.addAll(problems(plan.problems()));
      return new PublishResult(null, reasons, plan.problems(), null);
    }
    Evaluation e = evaluate.evaluate(plan.candidate(), build.apply(plan.candidate()));
    reasons.addAll(e.failures());
    return new PublishResult(null, reasons, List.of(), e);
  }

  private PublishResult go(String actor, String note, PublishPlan plan) {
    if (!plan.valid()) {
      return refused(actor, plan, null, plan.problems(), null, note);
    }
    long started = System.nanoTime();
    T built = build.apply(plan.candidate());
    Evaluation evaluation = evaluate.evaluate(plan.candidate(), built);
    if (!evaluation.passed()) {
      return refused(actor, plan, null, List.of(), evaluation, note);
    }
    ContentRelease live;
    try {
      live = db.content().publish(plan, actor, note);
    } catch (ValidationException e) {
      return refused(actor, plan, null, e.problems(), evaluation, note);
    } catch (ConflictException | WorkflowException e) {
      return refused(actor, plan, sentence(e.getMessage()), List.of(), evaluation, note);
    }
    swap.swap(live, built);
    LOG.info(
        "release {} is live ({} changes, {} ms to check, train and swap)",
        live.number(),
        plan.changes().size(),
        (System.nanoTime() - started) / 1_000_000);
    return new PublishResult(live, List.of(), List.of(), evaluation);
  }

  private PublishResult refused(
      String actor,
      PublishPlan plan,
      String reason,
      List<Problem> problems,
      Evaluation evaluation,
      String note) {
    List<String> reasons = new ArrayList<>();
    if (reason != null) {
      reasons.add(reason);
    }
    reasons.addAll(problems(problems));
    if (evaluation != null) {
      reasons.addAll(evaluation.failures());
    }
    String kind = plan.restoredFrom() == 0 ? "publish-refused" : "restore-refused";
    try {
      db.audit()
          .append(
              actor,
              kind,
              "release",
              Long.toString(plan.baseRelease() + 1),
              null,
              Jsons.write(Map.of("reasons", reasons, "restoredFrom", plan.restoredFrom())),
              note == null ? "" : note);
    } catch (ContentException | IllegalStateException e) {
      LOG.warn("could not record the refused publish: {}", e.getMessage());
    }
    return new PublishResult(null, reasons, problems, evaluation);
  }

  private static List<String> problems(List<Problem> problems) {
    List<String> out = new ArrayList<>();
    if (!problems.isEmpty()) {
      out.add(
          "Validation found "
              + problems.size()
              + (problems.size() == 1 ? " problem:" : " problems:"));
      problems.forEach(p -> out.add(p.toString()));
    }
    return out;
  }

  private static String sentence(String s) {
    if (s == null || s.isEmpty()) {
      return "Refused.";
    }
    String t = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    return t.endsWith(".") ? t : t + ".";
  }
}
