package uk.socguide.adapters.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Rewrites an activity's timestamps into the one shape SDK 4.14.3 can read. Its {@code timestamp}
 * pattern ({@code ss.nXXX}) rejects timestamps without fractional seconds, which Teams sends, and
 * reads the digits after the point as a count of nanoseconds; nine digits make that count exact.
 */
final class ActivityTimestamps {
  private static final String[] FIELDS = {"timestamp", "localTimestamp"};
  private static final DateTimeFormatter NINE_DIGITS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX");

  private ActivityTimestamps() {}

  /**
   * Normalises the timestamps in place.
   *
   * @throws IllegalArgumentException naming the field when a timestamp is not an ISO-8601 date-time
   *     with an offset
   */
  static void normalise(ObjectNode activity) {
    for (String field : FIELDS) {
      JsonNode value = activity.get(field);
      if (value == null || value.isNull()) {
        activity.remove(field);
        continue;
      }
      if (!value.isTextual()) {
        throw new IllegalArgumentException(field + " must be a date-time string");
      }
      try {
        OffsetDateTime parsed =
            OffsetDateTime.parse(value.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        activity.put(field, NINE_DIGITS.format(parsed));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            field + " must be an ISO-8601 date-time with an offset", e);
      }
    }
  }
}
