package uk.socguide.app.admin.users;

import java.util.Locale;

/**
 * What a workspace user may do. Each role may do everything the one before it may: an editor edits,
 * submits and works the inbox; an approver also approves others' changes, publishes and restores
 * releases; an admin also manages users.
 */
public enum Role {
  EDITOR,
  APPROVER,
  ADMIN;

  /** True when this role may do what {@code needed} may. */
  public boolean covers(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** Lower-case name, as typed on the command line and shown in pages. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @throws IllegalArgumentException naming the roles when {@code text} is none of them
   */
  public static Role parse(String text) {
    if (text != null) {
      for (Role r : values()) {
        if (r.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
          return r;
        }
      }
    }
    throw new IllegalArgumentException("the role must be admin, approver or editor");
  }
}
