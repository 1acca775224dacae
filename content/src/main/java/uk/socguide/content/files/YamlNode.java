package uk.socguide.content.files;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on. Scalars keep the text exactly as written (so {@code
 * 0300}, {@code no} and {@code 2012} stay text rather than turning into numbers or booleans).
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {
  int line();

  /** A mapping; {@code keyLines} holds the line of each key. */
  record Mapping(Map<String, YamlNode> fields, Map<String, Integer> keyLines, int line)
      implements YamlNode {}

  record Sequence(List<YamlNode> items, int line) implements YamlNode {}

  /** A scalar; {@code text} is {@code null} for an empty value, {@code ~} or {@code null}. */
  record Scalar(String text, int line) implements YamlNode {}

  static String describe(YamlNode node) {
    if (node instanceof Mapping) {
      return "a mapping";
    } else if (node instanceof Sequence) {
      return "a list";
    }
    return "text";
  }
}
