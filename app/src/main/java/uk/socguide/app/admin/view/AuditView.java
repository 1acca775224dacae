package uk.socguide.app.admin.view;

import java.util.List;
import uk.socguide.content.AuditEntry;

/**
 * The audit log page: the filter as typed, the entries it matched (newest first), and the link to
 * the next, older page.
 *
 * @param older the query string of the next page, or {@code null} when there is none
 */
public record AuditView(Filter filter, List<AuditEntry> entries, String older) {

  /** Each field empty for "any"; dates are yyyy-MM-dd (UTC), both inclusive. */
  public record Filter(
      String actor, String action, String kind, String object, String from, String to) {}

  /** The JSON kept with an entry, laid out for reading; empty for none. */
  public static String pretty(String json) {
    return json == null ? "" : PrettyJson.of(json);
  }
}
