package uk.socguide.app.admin.view;

/**
 * What every workspace page shows around its content: the title, who is signed in, the navigation
 * and a one-line message left by the previous action.
 *
 * @param section the navigation entry to mark as current
 * @param user the signed-in user, or {@code null} on the sign-in page
 * @param csrf the session's CSRF token, put in every form
 * @param flash a message from the previous action, or {@code null}
 * @param flashError whether that message reports a failure
 */
public record Page(
    String title,
    String section,
    String user,
    String role,
    String csrf,
    String flash,
    boolean flashError,
    boolean approver,
    boolean admin) {

  /** {@code "page"} for the current navigation entry (for aria-current), otherwise null. */
  public String current(String name) {
    return name.equals(section) ? "page" : null;
  }

  public static Page signedOut(String title, String flash, boolean flashError) {
    return new Page(title, "", null, null, null, flash, flashError, false, false);
  }
}
