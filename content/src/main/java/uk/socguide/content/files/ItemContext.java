package uk.socguide.content.files;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;

/** One item being read from a file: where it is, and the problems found in it so far. */
final class ItemContext {
  final String file;
  final String path;
  final int line;
  private final List<Problem> problems;
  private final Map<String, Integer> lines = new HashMap<>();
  private ItemRef ref;

  ItemContext(String file, String path, int line, List<Problem> problems) {
    this.file = file;
    this.path = path;
    this.line = line;
    this.problems = problems;
  }

  void named(ItemRef ref) {
    this.ref = ref;
  }

  void line(String field, int line) {
    lines.putIfAbsent(field, line);
  }

  void problem(String field, int line, String message) {
    String where = field == null || field.isEmpty() ? path : path + "." + field;
    problems.add(new Problem(ref, file, line, where, message));
  }

  Origin origin() {
    return new Origin(file, path, line, lines);
  }
}
