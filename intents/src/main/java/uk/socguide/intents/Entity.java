package uk.socguide.intents;

/**
 * A concept found in a question.
 *
 * @param type crime, agency, nation, urgency or audience
 * @param value the concept id; for a historical body, its successor's id
 * @param text the words as they appeared in the question
 * @param start offset of the first character in the original question
 * @param end offset after the last character
 */
public record Entity(String type, String value, String text, int start, int end) {}
