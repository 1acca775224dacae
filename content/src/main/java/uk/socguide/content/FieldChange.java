package uk.socguide.content;

/**
 * One field that differs between the live and the pending content of an item, for diffs.
 *
 * @param field a path in the content-file format, such as {@code answers[0].text}
 * @param before the live value as text, or {@code null} when the field is new
 * @param after the pending value as text, or {@code null} when the field was removed
 */
public record FieldChange(String field, String before, String after) {}
