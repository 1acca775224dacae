package uk.socguide.content.validation;

import java.util.regex.Pattern;

/** The shapes ids must have, so they stay stable in URLs, files and route references. */
public final class Ids {
  private static final Pattern TOPIC = Pattern.compile("[a-z0-9]+(?:[.-][a-z0-9]+)*");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  static final int MAX_LENGTH = 100;

  private Ids() {}

  /** Lower-case letters and digits in parts joined by dots or hyphens, such as report.fraud. */
  public static boolean validTopicId(String id) {
    return id != null && id.length() <= MAX_LENGTH && TOPIC.matcher(id).matches();
  }

  /** Lower-case letters and digits in parts joined by hyphens, such as police-101. */
  public static boolean validSlug(String id) {
    return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches();
  }
}
