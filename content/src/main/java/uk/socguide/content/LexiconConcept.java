package uk.socguide.content;

import java.util.List;

/**
 * A concept the assistant recognises in questions.
 *
 * @param id stable concept id, such as {@code nca} or {@code scotland}
 * @param type crime, agency, nation, urgency or audience
 * @param synonyms words and phrases that name it, lower case
 * @param successor for a historical body (SOCA, CEOP centre, NPIA, Action Fraud), the id of the
 *     concept that took over its work; otherwise {@code null}
 */
public record LexiconConcept(String id, String type, List<String> synonyms, String successor) {}
