package uk.socguide.adapters.web;

import java.util.List;
import uk.socguide.core.EntityRef;

/**
 * How a text would be understood.
 *
 * @param ranking intents by descending score
 * @param entities concepts recognised in the text
 * @param outOfScope the assistant would not answer it
 * @param needsClarification the assistant would ask "did you mean ...?"
 */
public record ParseResult(
    List<Ranked> ranking,
    List<EntityRef> entities,
    boolean outOfScope,
    boolean needsClarification) {

  public ParseResult {
    ranking = List.copyOf(ranking);
    entities = List.copyOf(entities);
  }

  /** An intent and its score from 0 to 1. */
  public record Ranked(String intent, double score) {}
}
