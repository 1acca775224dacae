package uk.socguide.content;

/**
 * Where an answer's facts come from.
 *
 * @param title the document's title
 * @param locator where in it, such as "para 4" (may be empty)
 * @param url an http(s) address (may be empty for documents with no public address)
 * @param publisher who published it
 * @param date when it was published, as precise as known ("2012", "2013-10-07")
 */
public record Source(String title, String locator, String url, String publisher, String date) {}
