package uk.socguide.content.files;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import uk.socguide.content.files.YamlNode.Mapping;
import uk.socguide.content.files.YamlNode.Scalar;
import uk.socguide.content.files.YamlNode.Sequence;

/**
 * Reads the fields of one YAML mapping strictly: unknown fields, wrong shapes and bad values each
 * become a problem naming the field and its line, and reading carries on so that every problem in a
 * file is reported at once.
 */
final class Fields {
  private final ItemContext item;
  private final Mapping map;
  private final String prefix;

  Fields(ItemContext item, Mapping map, String prefix, List<String> allowed) {
    this.item = item;
    this.map = map;
    this.prefix = prefix;
    if (!prefix.isEmpty()) {
      item.line(prefix, map.line());
    }
    for (String key : map.fields().keySet()) {
      if (!allowed.contains(key)) {
        item.problem(
            path(key),
            map.keyLines().get(key),
            "unknown field '" + key + "'; expected one of " + String.join(", ", allowed));
      }
    }
  }

  int line() {
    return map.line();
  }

  private String path(String key) {
    return prefix.isEmpty() ? key : prefix + "." + key;
  }

  private YamlNode present(String key, boolean required) {
    YamlNode node = map.fields().get(key);
    if (node == null || (node instanceof Scalar s && s.text() == null)) {
      if (required) {
        item.problem(path(key), map.keyLines().getOrDefault(key, map.line()), "is missing");
      }
      return null;
    }
    item.line(path(key), map.keyLines().get(key));
    return node;
  }

  /** The text of a scalar field; "" when absent. */
  String text(String key, boolean required) {
    YamlNode node = present(key, required);
    if (node == null) {
      return "";
    }
    if (node instanceof Scalar s) {
      return s.text();
    }
    item.problem(path(key), node.line(), "expected text, found " + YamlNode.describe(node));
    return "";
  }

  /** A list of scalars; {@code []} when absent. */
  List<String> texts(String key) {
    YamlNode node = present(key, false);
    List<String> values = new ArrayList<>();
    if (node == null) {
      return values;
    }
    if (!(node instanceof Sequence seq)) {
      item.problem(path(key), node.line(), "expected a list, found " + YamlNode.describe(node));
      return values;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode element = seq.items().get(i);
      String at = path(key) + "[" + i + "]";
      item.line(at, element.line());
      if (element instanceof Scalar s) {
        values.add(s.text() == null ? "" : s.text());
      } else {
        item.problem(at, element.line(), "expected text, found " + YamlNode.describe(element));
      }
    }
    return values;
  }

  LocalDate date(String key, boolean required) {
    String text = text(key, required);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      item.problem(
          path(key),
          map.keyLines().get(key),
          "'" + text + "' is not a date: write it as YYYY-MM-DD, such as 2027-11-28");
      return null;
    }
  }

  /** One of an enum's constants, written as its slug; {@code null} when absent or wrong. */
  <E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
    String text = text(key, required).strip();
    if (text.isEmpty()) {
      return null;
    }
    E value = Slugs.parse(type, text);
    if (value == null) {
      item.problem(
          path(key),
          map.keyLines().get(key),
          "'" + text + "' is not one of " + Slugs.allowed(type));
    }
    return value;
  }

  <E extends Enum<E>> List<E> choices(String key, Class<E> type) {
    List<E> values = new ArrayList<>();
    List<String> texts = texts(key);
    for (int i = 0; i < texts.size(); i++) {
      E value = Slugs.parse(type, texts.get(i).strip());
      if (value == null) {
        item.problem(
            path(key) + "[" + i + "]",
            map.keyLines().get(key),
            "'" + texts.get(i) + "' is not one of " + Slugs.allowed(type));
      } else {
        values.add(value);
      }
    }
    return values;
  }

  /** A list of mappings, each read with its own allowed fields. */
  List<Fields> objects(String key, List<String> allowed) {
    YamlNode node = present(key, false);
    List<Fields> values = new ArrayList<>();
    if (node == null) {
      return values;
    }
    if (!(node instanceof Sequence seq)) {
      item.problem(path(key), node.line(), "expected a list, found " + YamlNode.describe(node));
      return values;
    }
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode element = seq.items().get(i);
      String at = path(key) + "[" + i + "]";
      if (element instanceof Mapping m) {
        values.add(new Fields(item, m, at, allowed));
      } else {
        item.problem(
            at,
            element.line(),
            "expected a mapping with fields "
                + String.join(", ", allowed)
                + ", found "
                + YamlNode.describe(element));
      }
    }
    return values;
  }
}
