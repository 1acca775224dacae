package uk.socguide.content;

/**
 * A topic's category; the file name of a category in the seed and in exports is its {@link
 * #slug()}.
 */
public enum Category {
  ROLES("roles"),
  REPORTING("reporting"),
  NCA_TRANSITION("nca-transition"),
  STRATEGY("strategy"),
  FACTS("facts"),
  COUNCIL_ACTION("council-action"),
  SMALL_TALK("small-talk"),
  OUT_OF_SCOPE("out-of-scope");

  private final String slug;

  Category(String slug) {
    this.slug = slug;
  }

  public String slug() {
    return slug;
  }

  /** True for the categories that answer questions about organised crime. */
  public boolean inScope() {
    return this != SMALL_TALK && this != OUT_OF_SCOPE;
  }

  public static Category fromSlug(String slug) {
    for (Category c : values()) {
      if (c.slug.equals(slug)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown category: " + slug);
  }
}
