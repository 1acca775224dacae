package uk.socguide.app.admin.web;

import java.util.List;
import uk.socguide.content.ConflictException;
import uk.socguide.content.ContentException;
import uk.socguide.content.Problem;
import uk.socguide.content.ValidationException;

/** The content store's refusals in words an editor can act on. */
final class Problems {
  private Problems() {}

  /** One message for a page's banner. */
  static String describe(ContentException e) {
    if (e instanceof ValidationException v) {
      List<Problem> ps = v.problems();
      StringBuilder s =
          new StringBuilder(
              ps.size() == 1 ? "Refused: 1 problem. " : "Refused: " + ps.size() + " problems. ");
      for (int i = 0; i < ps.size() && i < 5; i++) {
        s.append(ps.get(i)).append(i + 1 < ps.size() ? "; " : "");
      }
      if (ps.size() > 5) {
        s.append("and ").append(ps.size() - 5).append(" more");
      }
      return s.toString();
    }
    if (e instanceof ConflictException) {
      return e.getMessage() + " Reload the page to see their change, then redo yours.";
    }
    return e.getMessage();
  }

  /** Each problem as a line, for a list. */
  static List<String> lines(ContentException e) {
    if (e instanceof ValidationException v) {
      return v.problems().stream().map(Problem::toString).toList();
    }
    return List.of(describe(e));
  }
}
