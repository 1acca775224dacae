package uk.socguide.content;

/** The kinds of content that are edited, reviewed and published: each one is versioned alike. */
public enum ItemKind {
  TOPIC("topic"),
  ROUTE("route"),
  CONCEPT("concept"),
  QUESTION("question");

  private final String label;

  ItemKind(String label) {
    this.label = label;
  }

  /** Lower-case name used in problems, audit entries and the API, such as {@code topic}. */
  public String label() {
    return label;
  }

  public static ItemKind fromLabel(String label) {
    for (ItemKind k : values()) {
      if (k.label.equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown item kind: " + label);
  }
}
