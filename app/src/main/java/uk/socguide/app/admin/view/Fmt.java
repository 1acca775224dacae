package uk.socguide.app.admin.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.socguide.content.Audience;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.TopicStatus;

/** How the workspace writes times, dates, statuses and scores. Times are UTC. */
public final class Fmt {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

  private Fmt() {}

  public static String time(Instant t) {
    return t == null ? "" : TIME.format(t);
  }

  public static String day(LocalDate d) {
    return d == null ? "" : DAY.format(d);
  }

  /** yyyy-MM-dd for date inputs; empty for none. */
  public static String iso(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  public static String status(TopicStatus s) {
    return s == null ? "" : s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** A CSS class for a status badge. */
  public static String statusClass(TopicStatus s) {
    return s == null ? "status" : "status " + s.name().toLowerCase(Locale.ROOT);
  }

  public static String audience(Audience a) {
    return switch (a) {
      case DEFAULT -> "Everyone";
      case COUNCILLOR -> "Councillors";
      case FRONTLINE -> "Frontline staff";
    };
  }

  public static String jurisdiction(Jurisdiction j) {
    if (j == null) {
      return "All of the UK";
    }
    return switch (j) {
      case ENGLAND_AND_WALES -> "England and Wales";
      case SCOTLAND -> "Scotland";
      case NORTHERN_IRELAND -> "Northern Ireland";
    };
  }

  public static String percent(double share) {
    return String.format(Locale.UK, "%.1f%%", share * 100);
  }

  public static String score(double score) {
    return String.format(Locale.UK, "%.3f", score);
  }

  /** True for an absolute http(s) address, the only kind the workspace makes into a link. */
  public static boolean webAddress(String url) {
    return url != null
        && (url.startsWith("https://") || url.startsWith("http://"))
        && !url.contains(" ");
  }

  public static String lower(Enum<?> e) {
    return e == null ? "" : e.name().toLowerCase(Locale.ROOT);
  }
}
