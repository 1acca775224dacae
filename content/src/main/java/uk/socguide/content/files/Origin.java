package uk.socguide.content.files;

import java.util.Map;

/**
 * Where an item was read from, so problems found later can name the file, line and field.
 *
 * @param path the item's place in its file, such as {@code topics[3]}
 * @param line the line the item starts on
 * @param lines the line of each field, by path within the item (such as {@code answers[0].text})
 */
public record Origin(String file, String path, int line, Map<String, Integer> lines) {

  public Origin {
    lines = Map.copyOf(lines);
  }

  /** The line of the field, or of the nearest enclosing field, or of the item. */
  public int lineOf(String field) {
    String f = field;
    while (f != null && !f.isEmpty()) {
      Integer l = lines.get(f);
      if (l != null) {
        return l;
      }
      int cut = Math.max(f.lastIndexOf('.'), f.lastIndexOf('['));
      f = cut < 0 ? null : f.substring(0, cut);
    }
    return line;
  }
}
