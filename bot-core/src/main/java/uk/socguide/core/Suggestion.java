package uk.socguide.core;

/**
 * A quick reply the user can pick.
 *
 * @param title what the button says
 * @param value what to send back as the next message's text when it is picked
 */
public record Suggestion(String title, String value) {}
