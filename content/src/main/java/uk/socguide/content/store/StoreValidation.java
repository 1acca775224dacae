package uk.socguide.content.store;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.validation.Validator;

/** Validation of one change against the rest of the working copy. */
final class StoreValidation {
  private StoreValidation() {}

  /**
   * The problems a change is answerable for: every problem of the changed item itself (review-by
   * date included), and any problem it causes elsewhere, such as a topic left relating to a
   * withdrawn one. Problems other items already had are not blamed on it.
   */
  static List<Problem> forChange(
      ContentSet before, ContentSet after, Set<ItemRef> changed, LocalDate today) {
    Set<Problem> existing = new HashSet<>(Validator.validate(before, changed, today));
    return Validator.validate(after, changed, today).stream()
        .filter(p -> changed.contains(p.item()) || !existing.contains(p))
        .toList();
  }

  /** The set with the item replaced, added, or (with {@code null}) removed. */
  static ContentSet with(ContentSet set, ItemRef ref, Object value) {
    Map<ItemRef, Object> items = new LinkedHashMap<>(set.items());
    if (value == null) {
      items.remove(ref);
    } else {
      items.put(ref, value);
    }
    return ContentSet.ofItems(items.values());
  }

  static ContentSet with(ContentSet set, Map<ItemRef, Object> changes) {
    Map<ItemRef, Object> items = new LinkedHashMap<>(set.items());
    items.putAll(changes);
    return ContentSet.ofItems(items.values());
  }
}
