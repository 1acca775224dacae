package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.auth.Sessions;
import uk.socguide.app.admin.users.Role;
import uk.socguide.app.admin.view.Page;

/** Builds the frame of a page for the signed-in user, and carries messages across redirects. */
final class PageContext {
  private static final String ERROR_MARK = "[error] ";

  private final Sessions sessions;

  PageContext(Sessions sessions) {
    this.sessions = sessions;
  }

  /** The page frame, with (and consuming) the message the previous action left. */
  Page page(Principal who, String title, String section) {
    Optional<String> flash =
        who.sessionHash() == null ? Optional.empty() : sessions.takeFlash(who.sessionHash());
    boolean error = flash.map(f -> f.startsWith(ERROR_MARK)).orElse(false);
    String text =
        flash
            .map(f -> f.startsWith(ERROR_MARK) ? f.substring(ERROR_MARK.length()) : f)
            .orElse(null);
    return new Page(
        title,
        section,
        who.name(),
        who.role().label(),
        who.csrf(),
        text,
        error,
        who.may(Role.APPROVER),
        who.may(Role.ADMIN));
  }

  /** The frame without consuming a message, for an error page. */
  Page plain(Principal who, String title) {
    return new Page(
        title,
        "",
        who.name(),
        who.role().label(),
        who.csrf(),
        null,
        false,
        who.may(Role.APPROVER),
        who.may(Role.ADMIN));
  }

  /** Redirects (303) after a successful action, with a message for the next page. */
  void done(Context ctx, Principal who, String location, String message) {
    if (who.sessionHash() != null) {
      sessions.flash(who.sessionHash(), message);
    }
    ctx.redirect(location, HttpStatus.SEE_OTHER);
  }

  /** Redirects (303) after a refused action, with the reason for the next page. */
  void failed(Context ctx, Principal who, String location, String message) {
    if (who.sessionHash() != null) {
      sessions.flash(who.sessionHash(), ERROR_MARK + message);
    }
    ctx.redirect(location, HttpStatus.SEE_OTHER);
  }
}
