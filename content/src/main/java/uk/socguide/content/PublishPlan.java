package uk.socguide.content;

import java.util.List;

/**
 * What a publish (or a restore) would do, computed before doing it so that callers can check the
 * candidate release (for example, evaluate intent detection on it) and then publish exactly this.
 * Publishing a plan fails with a {@link ConflictException} if the live release or any planned item
 * changed in between.
 *
 * @param baseRelease the live release the plan was made against
 * @param restoredFrom the release being restored, or 0 for an ordinary publish
 * @param changes the items that change
 * @param candidate the release that publishing would make live (numbered {@code baseRelease + 1})
 * @param problems everything that stops it being published; empty when it can be
 */
public record PublishPlan(
    long baseRelease,
    long restoredFrom,
    List<Change> changes,
    ContentRelease candidate,
    List<Problem> problems) {

  public PublishPlan {
    changes = List.copyOf(changes);
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
