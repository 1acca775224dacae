package uk.socguide.content;

/**
 * One thing wrong with content, precise enough for an editor to find and fix it.
 *
 * @param item the item at fault, or {@code null} when the fault is in a file as a whole
 * @param file the content file it came from, or {@code null} when it came from the store
 * @param line the 1-based line in {@code file}, or 0 when not known
 * @param field the field at fault in content-file terms, such as {@code answers[1].text}, or {@code
 *     null}
 * @param message what is wrong, in plain words
 */
public record Problem(ItemRef item, String file, int line, String field, String message) {

  public static Problem of(ItemRef item, String field, String message) {
    return new Problem(item, null, 0, field, message);
  }

  public static Problem inFile(String file, int line, String field, String message) {
    return new Problem(null, file, line, field, message);
  }

  public Problem at(String file, int line) {
    return new Problem(item, file, line, field, message);
  }

  /** Such as {@code reporting.yaml:14: topic report.fraud: answers[0].text: over 120 words}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (file != null) {
      s.append(file);
      if (line > 0) {
        s.append(':').append(line);
      }
      s.append(": ");
    }
    if (item != null) {
      s.append(item).append(": ");
    }
    if (field != null) {
      s.append(field).append(": ");
    }
    return s.append(message).toString();
  }
}
