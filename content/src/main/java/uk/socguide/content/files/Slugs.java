package uk.socguide.content.files;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants as written in content files: {@code ENGLAND_AND_WALES} is england-and-wales. */
public final class Slugs {
  private Slugs() {}

  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant written as {@code slug}, or {@code null} when there is none. */
  public static <E extends Enum<E>> E parse(Class<E> type, String slug) {
    for (E e : type.getEnumConstants()) {
      if (of(e).equals(slug)) {
        return e;
      }
    }
    return null;
  }

  public static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Slugs::of).collect(Collectors.joining(", "));
  }
}
