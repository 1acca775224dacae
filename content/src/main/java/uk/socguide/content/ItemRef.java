package uk.socguide.content;

import java.util.Objects;

/**
 * Names one editable item. Must-answer questions are named by their normalised text (see {@link
 * Canonical#question(String)}).
 */
public record ItemRef(ItemKind kind, String id) implements Comparable<ItemRef> {

  public ItemRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  public static ItemRef topic(String id) {
    return new ItemRef(ItemKind.TOPIC, id);
  }

  public static ItemRef route(String id) {
    return new ItemRef(ItemKind.ROUTE, id);
  }

  public static ItemRef concept(String id) {
    return new ItemRef(ItemKind.CONCEPT, id);
  }

  /** The must-answer question with this text (normalised, so case and punctuation do not count). */
  public static ItemRef question(String text) {
    return new ItemRef(ItemKind.QUESTION, Canonical.question(text));
  }

  @Override
  public int compareTo(ItemRef o) {
    int c = kind.compareTo(o.kind);
    return c != 0 ? c : id.compareTo(o.id);
  }

  /** Such as {@code topic report.fraud}. */
  @Override
  public String toString() {
    return kind.label() + " " + id;
  }
}
