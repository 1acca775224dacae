package uk.socguide.app.admin.view;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.users.User;

/**
 * The users page (admins only).
 *
 * @param problem why the last change was refused, or {@code null}
 * @param name the name typed into the add form, kept when it was refused
 */
public record UsersView(List<User> users, Instant now, String problem, String name) {

  public static List<Role> roles() {
    return Arrays.asList(Role.values());
  }

  public String status(User u) {
    return !u.enabled()
        ? "disabled"
        : u.lockedAt(now) ? "locked until " + Fmt.time(u.lockedUntil()) : "enabled";
  }
}
