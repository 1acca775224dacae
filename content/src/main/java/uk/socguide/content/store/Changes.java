package uk.socguide.content.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.socguide.content.Change;
import uk.socguide.content.FieldChange;
import uk.socguide.content.ItemRef;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.files.FileShapes;
import uk.socguide.content.store.Items.Head;

/** Describes how pending content differs from live content, field by field. */
final class Changes {
  private Changes() {}

  static Change of(Head head, Object live) {
    Object after = head.rev().withdrawal() ? null : head.value();
    return of(
        head.item().ref(),
        live,
        after,
        head.rev().status(),
        head.rev().id(),
        head.item().version(),
        head.item().changedBy(),
        head.item().changedAt());
  }

  static Change of(
      ItemRef ref,
      Object before,
      Object after,
      TopicStatus status,
      long revisionId,
      long version,
      String changedBy,
      Instant changedAt) {
    return new Change(
        ref,
        before,
        after,
        status,
        revisionId,
        version,
        changedBy,
        changedAt,
        fields(before, after));
  }

  static List<FieldChange> fields(Object before, Object after) {
    Map<String, String> b = before == null ? Map.of() : FileShapes.flatten(before);
    Map<String, String> a = after == null ? Map.of() : FileShapes.flatten(after);
    Set<String> paths = new LinkedHashSet<>(b.keySet());
    paths.addAll(a.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String path : paths) {
      String was = b.get(path);
      String now = a.get(path);
      if (was == null ? now != null : !was.equals(now)) {
        changes.add(new FieldChange(path, was, now));
      }
    }
    return changes;
  }
}
