package uk.socguide.app.admin.auth;

import uk.socguide.app.admin.users.Role;

/**
 * Who is making a request, and how they proved it.
 *
 * @param name the user's name: recorded as the author or actor of whatever they do
 * @param csrf the session's CSRF token; {@code null} for an API token, which needs none because a
 *     browser never sends it by itself
 * @param sessionHash the session's stored id, or {@code null} for an API token
 */
public record Principal(String name, Role role, Via via, String csrf, String sessionHash) {

  /** How the request was authenticated. */
  public enum Via {
    SESSION,
    TOKEN
  }

  public boolean may(Role needed) {
    return role.covers(needed);
  }
}
