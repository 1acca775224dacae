package uk.socguide.core;

/**
 * A source cited under an answer.
 *
 * @param locator where in the document, such as "para 4"; may be empty
 * @param url an http(s) address; may be empty
 */
public record SourceRef(String title, String locator, String url) {}
