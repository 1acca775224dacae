package uk.socguide.adapters.web;

/**
 * What {@code POST /api/parse} asks of the assistant: how a text would be understood, without it
 * being a turn of any conversation. The app implements it over the current intent model.
 */
@FunctionalInterface
public interface IntentParser {

  /** Never throws for any text, however strange; such text is out of scope. */
  ParseResult parse(String text);
}
