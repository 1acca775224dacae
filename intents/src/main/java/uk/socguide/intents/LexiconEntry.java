package uk.socguide.intents;

import java.util.List;

/**
 * A concept and the words that name it.
 *
 * @param concept stable id, such as {@code nca} or {@code scotland}
 * @param type the entity type reported when found: crime, agency, nation, urgency or audience
 * @param synonyms words and phrases that name the concept
 * @param successor for a historical body, the concept that took over its work (reported as the
 *     entity's value); otherwise {@code null}
 */
public record LexiconEntry(String concept, String type, List<String> synonyms, String successor) {}
