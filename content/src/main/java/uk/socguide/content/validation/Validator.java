package uk.socguide.content.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.socguide.content.Canonical;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.ReportingRoute;

/**
 * Checks a complete body of content. Used when a change is saved, before a release is published,
 * and on every import and seed load, so the same content is held to the same rules everywhere.
 */
public final class Validator {
  /** Longest answer, counted after route details are filled in, so it still reads on a phone. */
  public static final int MAX_WORDS = 120;

  /** Most follow-up topics one topic may offer. */
  public static final int MAX_RELATED = 4;

  private Validator() {}

  /**
   * Every problem in the set, in item order.
   *
   * @param reviewDatesChecked the items held to "review-by date must not have passed": the ones
   *     being changed, so that content whose dates have passed since it was published stays live
   *     (and is flagged as review-due) instead of blocking every later release
   * @param today the date review-by dates are checked against
   */
  public static List<Problem> validate(
      ContentSet set, Set<ItemRef> reviewDatesChecked, LocalDate today) {
    Map<String, ReportingRoute> routes = new HashMap<>();
    set.routes().forEach(r -> routes.putIfAbsent(r.id(), r));
    List<Problem> problems = new ArrayList<>();
    duplicateIds(set, problems);
    new TopicRules(set, routes, reviewDatesChecked, today).check(problems);
    RouteRules.check(set.routes(), routes.keySet(), problems);
    LexiconRules.check(set, problems);
    return problems;
  }

  private static void duplicateIds(ContentSet set, List<Problem> problems) {
    Map<ItemRef, Integer> seen = new HashMap<>();
    List<Object> all = new ArrayList<>();
    all.addAll(set.topics());
    all.addAll(set.routes());
    all.addAll(set.lexicon());
    all.addAll(set.mustAnswer());
    for (Object item : all) {
      ItemRef ref = Canonical.ref(item);
      if (seen.merge(ref, 1, Integer::sum) == 2) {
        problems.add(Problem.of(ref, "id", "is used by more than one " + ref.kind().label()));
      }
    }
  }
}
