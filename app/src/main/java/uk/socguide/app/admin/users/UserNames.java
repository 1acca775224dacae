package uk.socguide.app.admin.users;

import java.util.Locale;
import java.util.regex.Pattern;

/** Sign-in names: 2 to 64 of a-z, 0-9, dot, hyphen and underscore, compared in lower case. */
public final class UserNames {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  private UserNames() {}

  /** The name as stored (lower case, trimmed), or an exception saying what a name may be. */
  public static String check(String name) {
    String n = normalise(name);
    if (!NAME.matcher(n).matches()) {
      throw new IllegalArgumentException(
          "a user name is 2 to 64 characters: letters a-z, digits, '.', '-' or '_', starting with"
              + " a letter or digit");
    }
    return n;
  }

  /** Lower case and trimmed; never throws. */
  public static String normalise(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }
}
